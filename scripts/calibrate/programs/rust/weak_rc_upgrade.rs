// rc::Weak: downgrade doesn't keep the value alive; upgrade gives None once the last Rc is dropped, but the RcBox is freed only with the last Weak.
use std::rc::{Rc, Weak};

fn main() {
    let a = Rc::new(String::from("hello"));
    let w: Weak<String> = Rc::downgrade(&a);
    println!("strong = {}, weak = {}", Rc::strong_count(&a), Rc::weak_count(&a));
    match w.upgrade() {
        Some(s) => println!("alive: {}", s),
        None => println!("gone"),
    }
    drop(a);
    println!("after drop: {}", w.upgrade().is_none());
}
