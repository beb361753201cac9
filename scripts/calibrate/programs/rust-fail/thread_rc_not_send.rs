// Rc's counts are not atomic, so an Rc cannot be sent to another thread (E0277: Rc is not Send).
use std::rc::Rc;
use std::thread;

fn main() {
    let a = Rc::new(5);
    let h = thread::spawn(move || {
        println!("{}", a);
    });
    h.join().unwrap();
}
