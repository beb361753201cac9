// sync_channel(n) allocates its slot buffer up front (n × (stamp + T)) then the channel; try_recv reports Empty, then Disconnected once the sender is gone.
use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::sync_channel::<u64>(4);
    tx.send(7).unwrap();
    tx.send(8).unwrap();
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.recv());
    println!("{:?}", rx.try_recv());
    drop(tx);
    println!("{:?}", rx.try_recv());
}
