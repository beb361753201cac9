// mpsc::channel: a producer thread sends 10 numbers and drops its Sender, so `for x in rx` ends; the 512-byte channel and one 31-slot block are allocated.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let producer = thread::spawn(move || {
        for i in 1..=10u64 {
            tx.send(i * i).unwrap();
        }
    });
    producer.join().unwrap();
    let mut total = 0;
    for x in rx {
        total += x;
    }
    println!("total = {}", total);
}
