// Threads push Strings into an Arc<Mutex<Vec<String>>> (each thread joined before the next starts): the Strings are allocated in the threads, the Vec grows under the lock, main frees everything at the end.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    for id in 0..5 {
        let log = Arc::clone(&log);
        thread::spawn(move || {
            let line = format!("thread {} checked in", id);
            log.lock().unwrap().push(line);
        })
        .join()
        .unwrap();
    }
    let v = log.lock().unwrap();
    println!("{} lines, first: {}, last: {}", v.len(), v[0], v[4]);
}
