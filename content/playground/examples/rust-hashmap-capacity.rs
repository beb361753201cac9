// HashMap::with_capacity(n) allocates one table big enough for n entries (hashbrown rounds the bucket
// count up to a power of two with a load factor of 7/8). Growing from empty reallocates the table at
// 3, 7, 14, 28, ... entries, and each growth rehashes every entry into a new allocation.
use std::collections::HashMap;

fn main() {
    let n = 1000;

    let mut grown: HashMap<u32, u32> = HashMap::new();
    for i in 0..n {
        grown.insert(i, i * 2);
    }
    println!("grown:  len {} capacity {}", grown.len(), grown.capacity());

    let mut sized: HashMap<u32, u32> = HashMap::with_capacity(n as usize);
    for i in 0..n {
        sized.insert(i, i * 2);
    }
    println!("sized:  len {} capacity {}", sized.len(), sized.capacity());
}
