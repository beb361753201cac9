// std::cmp::Reverse turns BinaryHeap's max-heap into a min-heap: Reverse(x) orders by x backwards
// and costs nothing (same size as x). Tuples order lexicographically, so Reverse((cost, name)) pops
// the cheapest first; the heap's Vec grows as usual.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    for x in [7u32, 3, 9, 1, 4] {
        h.push(Reverse(x));
    }
    println!("{:?}", h);
    println!("{:?} {}", h.peek(), std::mem::size_of::<Reverse<u32>>());
    let mut order = Vec::new();
    while let Some(Reverse(x)) = h.pop() {
        order.push(x);
    }
    println!("{:?}", order);
    let mut jobs: BinaryHeap<Reverse<(u32, String)>> = BinaryHeap::new();
    jobs.push(Reverse((5, String::from("write"))));
    jobs.push(Reverse((1, String::from("plan"))));
    jobs.push(Reverse((3, String::from("test"))));
    if let Some(Reverse((cost, name))) = jobs.pop() {
        println!("first: {} ({})", name, cost);
    }
    println!("{} left, cap {}", jobs.len(), jobs.capacity());
}
