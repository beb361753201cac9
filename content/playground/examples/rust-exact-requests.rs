// Rust asks the allocator for exactly what a collection needs:
// Vec::<u8>::with_capacity(4100) requests 4100 bytes, and the outer
// Vec of 100 Vecs requests 100 * 24. No size class is applied; the system
// allocator may round inside, where Rust's counters cannot see.
fn main() {
    let mut frames: Vec<Vec<u8>> = Vec::with_capacity(100);
    for _ in 0..100 {
        frames.push(Vec::with_capacity(4100));
    }
    println!("frames: {} capacity: {}", frames.len(), frames[0].capacity());
}
