// thread::spawn needs a 'static closure: without `move` it borrows v, which may not live long enough (E0373).
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let h = thread::spawn(|| {
        println!("{}", v.len());
    });
    h.join().unwrap();
}
