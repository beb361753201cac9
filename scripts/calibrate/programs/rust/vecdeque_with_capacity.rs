// VecDeque::with_capacity is exact (no rounding to a power of two since the
// Rust 1.67 rewrite). A queue used as a ring (push_back + pop_front) never
// grows past what it holds at once.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<u32> = VecDeque::with_capacity(10);
    println!("with_capacity(10): cap {}", q.capacity());
    for i in 0..10u32 {
        q.push_back(i);
    }
    println!("full: len {} cap {}", q.len(), q.capacity());
    let mut sum: u32 = 0;
    for i in 10..1000u32 {
        q.pop_front();
        sum += 1;
        q.push_back(i);
    }
    println!(
        "after 990 rotations: len {} cap {} popped {}",
        q.len(),
        q.capacity(),
        sum
    );
    q.push_back(1000);
    println!("one more: len {} cap {}", q.len(), q.capacity());
}
