// Vec<u8> starts at capacity 8 (the minimum non-zero capacity for 1-byte
// elements) and doubles: 8, 16, 32, ... There is no size-class rounding in
// Rust: the capacity is exactly what RawVec asked the allocator for.
fn main() {
    let mut v: Vec<u8> = Vec::new();
    println!("new: len {} cap {}", v.len(), v.capacity());
    let mut prev: usize = v.capacity();
    let mut b: u8 = 0;
    for _ in 0..3000 {
        v.push(b);
        if b == 250 {
            b = 0;
        } else {
            b += 1;
        }
        if v.capacity() != prev {
            println!("len {} cap {}", v.len(), v.capacity());
            prev = v.capacity();
        }
    }
    println!("last {}", v[2999]);
}
