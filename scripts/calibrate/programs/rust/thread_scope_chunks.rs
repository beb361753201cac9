// thread::scope lets threads borrow from the stack: a thread per chunk sums its slice of one Vec (each joined before the next is spawned, so the allocator figures don't depend on timing).
use std::thread;

fn main() {
    let v: Vec<u64> = (1..=1000).collect();
    let mut total = 0;
    thread::scope(|s| {
        for chunk in v.chunks(250) {
            let h = s.spawn(move || chunk.iter().sum::<u64>());
            total += h.join().unwrap();
        }
    });
    println!("total = {}", total);
}
