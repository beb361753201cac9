// A `move` closure passed to thread::spawn takes v: using v afterwards is a use of a moved value (E0382).
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let h = thread::spawn(move || v.len());
    println!("{}", v.len());
    println!("{}", h.join().unwrap());
}
