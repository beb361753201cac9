// Arc<RefCell<T>> cannot be shared between threads: RefCell is not Sync, so the Arc is not Send (E0277).
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let a = Arc::new(RefCell::new(0));
    let b = Arc::clone(&a);
    let h = thread::spawn(move || {
        *b.borrow_mut() += 1;
    });
    h.join().unwrap();
    println!("{}", a.borrow());
}
