// Arc<Mutex<u64>> shared with four threads (each joined before the next starts, so the allocator figures don't depend on timing): each locks, adds, and the guard's drop unlocks; Arc::strong_count falls back to 1.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0u64));
    for i in 0..4 {
        let c = Arc::clone(&counter);
        let h = thread::spawn(move || {
            let mut g = c.lock().unwrap();
            *g += i * 10;
        });
        h.join().unwrap();
    }
    println!("count = {}", *counter.lock().unwrap());
    println!("strong = {}", Arc::strong_count(&counter));
}
