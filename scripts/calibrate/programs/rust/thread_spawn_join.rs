// thread::spawn with a move closure: the Vec moves into the thread, join returns the thread's result; spawn allocates a Packet Arc, the boxed main closure and a start box.
use std::thread;

fn main() {
    let v: Vec<u64> = (1..=100).collect();
    let h = thread::spawn(move || v.iter().sum::<u64>());
    let total = h.join().unwrap();
    println!("sum = {}", total);
}
