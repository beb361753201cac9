// RwLock: many readers or one writer; the write guard's drop releases the lock so the readers can see the pushed value.
use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let data = Arc::new(RwLock::new(vec![1u32, 2, 3]));
    let w = Arc::clone(&data);
    thread::spawn(move || {
        w.write().unwrap().push(4);
    })
    .join()
    .unwrap();
    let r = data.read().unwrap();
    println!("len = {}, last = {}", r.len(), r[3]);
}
