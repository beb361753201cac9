// An FnMut closure that owns its state (`move`): each call updates its own copy.
fn main() {
    let mut next_id = {
        let mut id = 0u32;
        move || {
            id += 1;
            id
        }
    };
    println!("{} {} {}", next_id(), next_id(), next_id());
    let mut log: Vec<String> = Vec::new();
    let mut record = |msg: &str| log.push(msg.to_string());
    record("start");
    record("stop");
    println!("{:?} cap {}", log, log.capacity());
}
