// HashMap<u64, u64> growing one insert at a time: capacity 3, 7, 14, 28, 56, 112; each growth allocates the new table (4, 8, 16, 32, 64, 128 buckets) and then frees the old one, never realloc
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u64, u64> = HashMap::new();
    println!("new: len {} capacity {}", m.len(), m.capacity());
    let mut last = m.capacity();
    for i in 0..100u64 {
        m.insert(i, i * i);
        if m.capacity() != last {
            println!("after {} inserts: capacity {} -> {}", i + 1, last, m.capacity());
            last = m.capacity();
        }
    }
    println!("len {} capacity {}", m.len(), m.capacity());
    println!("square of 42: {:?}", m.get(&42));
    println!("contains 100: {}", m.contains_key(&100));
}
