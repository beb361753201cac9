// Grouping with entry(k).or_insert(Vec::new()).push(x): the Vec argument is built even when the key is present (an empty Vec allocates nothing), each group's Vec grows on its own
use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<u32, Vec<u32>> = HashMap::new();
    for n in 1..=30u32 {
        groups.entry(n % 4).or_insert(Vec::new()).push(n);
    }
    println!("groups {}", groups.len());
    for r in 0..4u32 {
        let g = groups.get(&r).unwrap();
        println!("remainder {}: {} items, capacity {}, first {:?}", r, g.len(), g.capacity(), g.first());
    }
}
