// VecDeque uses the same RawVec as Vec: from new() the first push (at
// either end) allocates 4 slots, then the capacity doubles. pop_front does
// not shrink it.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<u64> = VecDeque::new();
    let mut prev: usize = q.capacity();
    for i in 0..100u64 {
        if i % 3 == 0 {
            q.push_front(i);
        } else {
            q.push_back(i);
        }
        if q.capacity() != prev {
            println!("len {} cap {}", q.len(), q.capacity());
            prev = q.capacity();
        }
    }
    let mut popped: u64 = 0;
    while q.len() > 10 {
        q.pop_front();
        popped += 1;
    }
    println!("popped {}, len {} cap {}", popped, q.len(), q.capacity());
}
