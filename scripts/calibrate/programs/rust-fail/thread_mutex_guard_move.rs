// A MutexGuard borrows its Mutex: the Mutex cannot be moved while the guard is still used (E0505).
use std::sync::Mutex;

fn main() {
    let m = Mutex::new(5);
    let g = m.lock().unwrap();
    let n = m;
    println!("{}", *g);
    drop(n);
}
