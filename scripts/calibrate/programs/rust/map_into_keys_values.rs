// into_keys() and into_values() take the map by value and hand out one half of each pair, dropping the other half as they go; the collected Vec is allocated once for a B-tree (its iterator's length is trusted) and with room for at least 4 for a HashMap
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut owners: BTreeMap<String, String> = BTreeMap::new();
    owners.insert(String::from("rex"), String::from("ann"));
    owners.insert(String::from("tom"), String::from("bob"));
    owners.insert(String::from("kit"), String::from("cyd"));
    let pets: Vec<String> = owners.into_keys().collect();
    println!("{:?} capacity {}", pets, pets.capacity());
    let mut ages: HashMap<&str, u32> = HashMap::new();
    ages.insert("ann", 30);
    ages.insert("bob", 41);
    let mut years: Vec<u32> = ages.into_values().collect();
    years.sort();
    println!("{:?} capacity {}", years, years.capacity());
}
