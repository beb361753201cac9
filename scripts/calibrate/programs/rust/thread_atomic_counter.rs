// AtomicUsize behind an Arc: fetch_add from three threads (each joined before the next starts) needs no lock; load after the joins sees every add.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

fn main() {
    let hits = Arc::new(AtomicUsize::new(0));
    for _ in 0..3 {
        let h = Arc::clone(&hits);
        thread::spawn(move || {
            for _ in 0..100 {
                h.fetch_add(1, Ordering::Relaxed);
            }
        })
        .join()
        .unwrap();
    }
    println!("hits = {}", hits.load(Ordering::SeqCst));
}
