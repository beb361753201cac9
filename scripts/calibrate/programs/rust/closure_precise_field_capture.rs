// Edition 2021 closures capture places, not whole variables: a closure that uses `p.x` and `p.y`
// holds one reference per field (16 bytes boxed), a `move` closure copies just the Copy fields it
// uses and leaves the struct (and its Drop) where it was; one that uses a String field of a Drop
// type captures the whole struct (24 + 8 + 1 bytes, padded to 40) and drops it with the closure.
#[derive(Debug)]
struct Point {
    x: u8,
    y: u64,
    label: String,
}

impl Drop for Point {
    fn drop(&mut self) {
        println!("drop {}", self.label);
    }
}

fn main() {
    let p = Point { x: 1, y: 2, label: String::from("p") };
    let by_ref: Box<dyn Fn() -> u64> = Box::new(|| p.x as u64 + p.y);
    println!("{}", by_ref());
    let q = Point { x: 3, y: 4, label: String::from("q") };
    let by_val: Box<dyn Fn() -> u64> = Box::new(move || q.x as u64 * q.y);
    println!("{}", by_val());
    println!("{:?}", q);
    drop(by_ref);
    let r = Point { x: 5, y: 6, label: String::from("r") };
    let whole: Box<dyn Fn() -> usize> = Box::new(move || r.label.len() + r.x as usize);
    println!("{}", whole());
    drop(whole);
    println!("end");
}
