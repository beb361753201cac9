// A scoped thread may borrow from the stack, but only what is Sync: a shared &Cell would let two threads set it at once (E0277).
use std::cell::Cell;
use std::thread;

fn main() {
    let c = Cell::new(1);
    thread::scope(|s| {
        s.spawn(|| c.set(2));
    });
    println!("{}", c.get());
}
