// A scoped-thread chunked sum: thread::scope lets each thread borrow a
// chunk of `v` (no Arc, no clone) and joins them all before it returns.
// Each spawn allocates a 48-byte Packet Arc (the result slot), the boxed
// closure (56 bytes) and a 24-byte start box; each thread then collects
// its doubled chunk into a Vec that main frees after join. The Sites
// table's Threads column says which thread allocated what. (A spawned
// thread starts here when main blocks in join: one fixed order for the
// real, nondeterministic one.)
use std::thread;

fn main() {
    let v: Vec<u64> = (1..=10_000).collect();
    let mut total = 0;
    thread::scope(|s| {
        let mut handles = Vec::new();
        for chunk in v.chunks(2_500) {
            handles.push(s.spawn(move || chunk.iter().map(|x| x * 2).collect::<Vec<u64>>()));
        }
        for h in handles {
            total += h.join().unwrap().iter().sum::<u64>();
        }
    });
    println!("twice the sum of 1..=10000, by 4 threads: {}", total);
}
