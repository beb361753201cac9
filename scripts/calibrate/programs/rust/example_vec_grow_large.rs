// A large Vec grown one push at a time: each growth is one realloc to twice
// the capacity. The allocator may extend the block in place or move it; the
// counting allocator sees the same call either way. Compare with A.
fn main() {
    let n = 250_000;
    let mut v: Vec<u64> = Vec::new();
    for i in 0..n {
        v.push(i as u64);
    }
    println!("len {} cap {}", v.len(), v.capacity());
}
