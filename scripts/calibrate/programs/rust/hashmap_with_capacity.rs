// HashMap::with_capacity(100) allocates its whole table up front (128 buckets: 128 * 16 + 128 + 16 bytes), so 100 inserts allocate nothing more; capacity() reports 112, not 100
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, u64> = HashMap::with_capacity(100);
    println!("with_capacity(100): capacity {}", m.capacity());
    for i in 0..100u32 {
        m.insert(i * 7, i as u64);
    }
    println!("after 100 inserts: len {} capacity {}", m.len(), m.capacity());
    let mut sum = 0u64;
    for v in m.values() {
        sum += v;
    }
    println!("sum of values: {}", sum);
    let small: HashMap<u8, u8> = HashMap::with_capacity(3);
    println!("HashMap<u8, u8>::with_capacity(3): capacity {}", small.capacity());
    let empty: HashMap<u64, String> = HashMap::with_capacity(0);
    println!("with_capacity(0): capacity {}", empty.capacity());
}
