// pop, truncate and clear change len but never capacity: the buffer stays
// allocated until the Vec is dropped or shrunk.
fn main() {
    let mut v: Vec<i64> = Vec::with_capacity(16);
    for i in 0..16 {
        v.push(i * 10);
    }
    println!("full: len {} cap {}", v.len(), v.capacity());
    let last = v.pop();
    println!("pop -> {:?}: len {} cap {}", last, v.len(), v.capacity());
    v.truncate(4);
    println!("truncate(4): len {} cap {}", v.len(), v.capacity());
    v.clear();
    println!("clear: len {} cap {}", v.len(), v.capacity());
    let none = v.pop();
    println!("pop on empty -> {:?}", none);
    for i in 0..16 {
        v.push(i);
    }
    println!("refilled: len {} cap {}", v.len(), v.capacity());
}
