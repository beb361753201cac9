// clear() drops the entries but keeps the table; shrink_to_fit() on an empty map frees it; reserve(n) allocates the table for n more entries at once
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u64, String> = HashMap::new();
    for i in 0..10u64 {
        m.insert(i, i.to_string());
    }
    println!("len {} capacity {}", m.len(), m.capacity());
    m.clear();
    println!("after clear: len {} capacity {}", m.len(), m.capacity());
    m.shrink_to_fit();
    println!("after shrink_to_fit: capacity {}", m.capacity());
    m.reserve(20);
    println!("after reserve(20): capacity {}", m.capacity());
    for i in 0..5u64 {
        m.insert(i, String::from("x"));
    }
    m.shrink_to_fit();
    println!("after 5 inserts and shrink_to_fit: len {} capacity {}", m.len(), m.capacity());
    println!("is_empty {}", m.is_empty());
}
