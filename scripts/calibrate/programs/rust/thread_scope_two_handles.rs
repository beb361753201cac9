// Two scoped threads read the same Vec at once (shared borrows are Send); a handle not joined is joined when the scope ends.
use std::thread;

fn main() {
    let v = vec![5u32, 1, 4];
    let mut max = 0;
    thread::scope(|s| {
        s.spawn(|| {
            let _ = v.len();
        });
        max = s.spawn(|| *v.iter().max().unwrap()).join().unwrap();
    });
    println!("max = {}, len = {}", max, v.len());
}
