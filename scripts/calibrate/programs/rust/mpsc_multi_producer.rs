// Sender::clone gives each of three workers its own Sender (each worker joined before the next starts, so the figures don't depend on timing); the receiver's loop ends when the last clone is dropped. The String messages move through the channel.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            tx.send(format!("worker {}", id)).unwrap();
        })
        .join()
        .unwrap();
    }
    drop(tx);
    let got: Vec<String> = rx.iter().collect();
    println!("{:?}", got);
}
