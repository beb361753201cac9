// An unbounded channel stores messages in blocks of 31: 40 sends allocate two blocks; the first is freed by the recv that reads its last slot, the second when the channel goes.
use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    for i in 0..40 {
        tx.send(i).unwrap();
    }
    drop(tx);
    let mut n = 0;
    while let Ok(x) = rx.recv() {
        n += x;
    }
    println!("sum = {}", n);
}
