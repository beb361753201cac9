// Two scoped threads borrow the same Vec (shared borrows are Send), each joined before the next starts, so the real peak does not depend on which thread the OS runs first.
use std::thread;

fn main() {
    let v = vec![5u32, 1, 4];
    let mut max = 0;
    thread::scope(|s| {
        let first = s.spawn(|| v.len());
        let n = first.join().unwrap();
        max = s.spawn(|| *v.iter().max().unwrap()).join().unwrap();
        assert_eq!(n, 3);
    });
    println!("max = {}, len = {}", max, v.len());
}
