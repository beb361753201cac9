// Vec::with_capacity(n) allocates exactly n elements once; n pushes then
// never reallocate. One more push doubles the capacity (one realloc).
fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(1000);
    println!("with_capacity(1000): len {} cap {}", v.len(), v.capacity());
    let mut changes: u32 = 0;
    let mut prev: usize = v.capacity();
    for i in 0..1000u32 {
        v.push(i);
        if v.capacity() != prev {
            changes += 1;
            prev = v.capacity();
        }
    }
    println!(
        "after 1000 pushes: len {} cap {} changes {}",
        v.len(),
        v.capacity(),
        changes
    );
    v.push(1000);
    println!("one more: len {} cap {}", v.len(), v.capacity());
    let empty: Vec<u32> = Vec::with_capacity(0);
    println!("with_capacity(0): cap {}", empty.capacity());
}
