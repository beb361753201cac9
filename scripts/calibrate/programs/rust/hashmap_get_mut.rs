// get_mut and values_mut change values in place through &mut V; iterating with for (k, v) in &mut map needs no allocation
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, i32> = HashMap::new();
    stock.insert("apple", 5);
    stock.insert("pear", 2);
    stock.insert("plum", 9);
    if let Some(n) = stock.get_mut("apple") {
        *n -= 3;
    }
    for v in stock.values_mut() {
        *v *= 10;
    }
    for (_name, v) in &mut stock {
        *v += 1;
    }
    println!("apple {:?}", stock.get("apple"));
    println!("pear {:?}", stock.get("pear"));
    println!("plum {:?}", stock.get("plum"));
    let total: i32 = stock.values().sum();
    println!("total {}", total);
}
