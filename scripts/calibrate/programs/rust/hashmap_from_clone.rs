// HashMap::from([...]) reserves for all the array's pairs before inserting (one table, no growth); clone() allocates a table with the same number of buckets and then copies every (&str, u32) pair
use std::collections::HashMap;

fn main() {
    let prices = HashMap::from([
        ("tea", 3u32),
        ("coffee", 4),
        ("juice", 5),
        ("water", 1),
    ]);
    println!("len {} capacity {}", prices.len(), prices.capacity());
    let mut copy = prices.clone();
    copy.insert("milk", 2);
    println!("copy len {} capacity {}", copy.len(), copy.capacity());
    println!("original len {}", prices.len());
    println!("tea {:?} milk {:?}", prices.get("tea"), copy.get("milk"));
}
