// retain keeps the table (and its capacity) and drops the removed keys and values at once; drain() moves every pair out and leaves the map empty with the same table, ready to refill without allocating
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    for (i, name) in ["nuts", "bolt", "gear", "pins", "cogs", "rods"].iter().enumerate() {
        stock.insert(name.to_string(), i as u32 * 3);
    }
    println!("len {} capacity {}", stock.len(), stock.capacity());
    stock.retain(|_, n| *n % 2 == 0);
    println!("after retain len {} capacity {}", stock.len(), stock.capacity());
    let mut rest: Vec<(String, u32)> = stock.drain().collect();
    rest.sort();
    println!("{:?}", rest);
    println!("after drain len {} capacity {}", stock.len(), stock.capacity());
    stock.insert(String::from("new"), 1);
    println!("refilled len {} capacity {}", stock.len(), stock.capacity());
}
