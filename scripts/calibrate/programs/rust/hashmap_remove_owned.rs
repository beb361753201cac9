// HashMap::remove hands the value back (Some(String)) and drops the stored key; the table keeps its allocation (a small table never leaves tombstones) until the map itself is dropped
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, String> = HashMap::new();
    for i in 0..6u32 {
        m.insert(i, format!("value number {}", i));
    }
    println!("len {} capacity {}", m.len(), m.capacity());
    let taken = m.remove(&3);
    println!("removed: {:?}", taken);
    println!("removed again: {:?}", m.remove(&3));
    println!("len {} capacity {}", m.len(), m.capacity());
    drop(taken);
    let ten = 10u32;
    m.insert(ten, format!("value number {}", ten));
    println!("len {} capacity {}", m.len(), m.capacity());
}
