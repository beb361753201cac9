// VecDeque as a ring buffer: front/back/get/indexing read without allocating, extend reserves the
// known length once, retain/truncate/rotate_left and make_contiguous move elements inside the same
// buffer; VecDeque::from(Vec) and Vec::from(VecDeque) reuse the buffer (no allocation).
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    println!("{:?} {:?} {:?} {}", d.front(), d.back(), d.get(1), d[2]);
    d.extend(3..7);
    println!("{:?} {} {}", d, d.len(), d.capacity());
    d.retain(|&x| x % 2 == 0);
    println!("{:?} {}", d, d.contains(&4));
    d.rotate_left(1);
    println!("{:?}", d);
    d.truncate(2);
    d.make_contiguous();
    println!("{:?} {}", d, d.capacity());
    let v = vec![10, 20, 30];
    let mut q = VecDeque::from(v);
    q.push_front(5);
    println!("{:?} {}", q, q.capacity());
    let back: Vec<i32> = Vec::from(q);
    println!("{:?} {}", back, back.capacity());
    let mut w: VecDeque<String> = VecDeque::with_capacity(2);
    w.push_back(String::from("a"));
    w.push_front(String::from("b"));
    if let Some(s) = w.front() {
        println!("front {}", s);
    }
    w.clear();
    println!("{} {}", w.len(), w.capacity());
}
