// BTreeMap<u32, u32> with 100 ascending inserts: leaf nodes of 104 bytes and internal nodes of 200 bytes, split as they fill; remove merges nodes and frees them
use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<u32, u32> = BTreeMap::new();
    for i in 0..100u32 {
        m.insert(i, i * 2);
    }
    println!("len {}", m.len());
    println!("get 50: {:?}", m.get(&50));
    for i in 0..60u32 {
        m.remove(&i);
    }
    println!("after removes: len {}", m.len());
    println!("first {:?} last {:?}", m.first_key_value(), m.last_key_value());
    let mut sum = 0;
    for v in m.values() {
        sum += v;
    }
    println!("sum {}", sum);
}
