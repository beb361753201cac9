// AtomicBool and AtomicUsize in a thread::scope: scoped threads borrow the atomics directly (they are Sync), no Arc needed and nothing allocated for them. The handle is joined: a scope's implicit join returns before the thread has freed its closure box.
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;

fn main() {
    let done = AtomicBool::new(false);
    let count = AtomicUsize::new(0);
    thread::scope(|s| {
        let h = s.spawn(|| {
            for _ in 0..10 {
                count.fetch_add(1, Ordering::Relaxed);
            }
            done.store(true, Ordering::Release);
        });
        h.join().unwrap();
    });
    println!("done = {}, count = {}", done.load(Ordering::Acquire), count.load(Ordering::Relaxed));
}
