// BinaryHeap keeps a Vec in max-heap order: push appends (Vec growth) and sifts up, pop swaps the
// last element to the root and sifts it down; `{:?}` prints the internal order, which is std's exact
// sift sequence. BinaryHeap::from(vec) heapifies in place (no allocation), into_sorted_vec sorts in place.
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7] {
        h.push(x);
        println!("push {} -> {:?} cap {}", x, h, h.capacity());
    }
    println!("peek {:?} len {}", h.peek(), h.len());
    while let Some(top) = h.pop() {
        print!("{} ", top);
        if h.len() == 3 {
            println!("| left {:?}", h);
        }
    }
    println!();
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    let heap = BinaryHeap::from(v);
    println!("{:?}", heap);
    let sum: i32 = heap.iter().sum();
    println!("{} {}", sum, heap.len());
    let sorted = heap.into_sorted_vec();
    println!("{:?} {}", sorted, sorted.capacity());
    let mut words: BinaryHeap<String> = BinaryHeap::with_capacity(4);
    words.push(String::from("pear"));
    words.push(String::from("apple"));
    words.push(String::from("zucchini"));
    words.push(String::from("fig"));
    println!("{:?}", words);
    println!("{:?} {:?}", words.pop(), words.peek());
    let rest = words.into_vec();
    println!("{:?}", rest);
}
