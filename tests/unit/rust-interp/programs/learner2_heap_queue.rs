use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

fn main() {
    let mut heap = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] {
        heap.push(x);
    }
    println!("peek {:?} len {}", heap.peek(), heap.len());
    let mut out = Vec::new();
    while let Some(x) = heap.pop() {
        out.push(x);
    }
    println!("{:?}", out);

    let mut mins = BinaryHeap::new();
    for x in [5, 1, 8] {
        mins.push(Reverse(x));
    }
    if let Some(Reverse(m)) = mins.pop() {
        println!("smallest {}", m);
    }

    let mut q: VecDeque<&str> = VecDeque::new();
    q.push_back("a");
    q.push_back("b");
    q.push_front("z");
    while let Some(x) = q.pop_front() {
        print!("{} ", x);
    }
    println!();
}
