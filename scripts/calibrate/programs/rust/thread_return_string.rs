// A thread's result moves out through join: the String allocated inside the thread is freed by main.
use std::thread;

fn main() {
    let n = 3;
    let h = thread::spawn(move || {
        let mut s = String::new();
        for i in 0..n {
            s.push_str(&i.to_string());
        }
        s
    });
    let s = h.join().unwrap();
    println!("{} ({} bytes)", s, s.len());
}
