// Preallocate in Rust: Vec::with_capacity(n) allocates once, so n pushes
// never reallocate. Try: change it to Vec::new() and count the changes.
fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(1000);
    let mut changes: u32 = 0;
    let mut prev: usize = v.capacity();
    for i in 0..1000u32 {
        v.push(i);
        if v.capacity() != prev {
            changes += 1;
            prev = v.capacity();
        }
    }
    println!("len {} cap {} changes {}", v.len(), v.capacity(), changes);
}
