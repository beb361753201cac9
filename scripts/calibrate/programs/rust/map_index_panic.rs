// map[&k] and map["k"] read a value through Index (a missing key panics with "no entry found for key" at the `[`, like Vec indexing); a HashMap<String, _> is indexed with a &str
use std::collections::BTreeMap;
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    scores.insert(String::from("ann"), 7);
    scores.insert(String::from("bob"), 9);
    let mut ranks: BTreeMap<u32, u32> = BTreeMap::new();
    ranks.insert(1, 9);
    ranks.insert(2, 7);
    println!("ann {} bob {} first {}", scores["ann"], scores["bob"], ranks[&1]);
    let total = scores["ann"] + scores["bob"];
    println!("total {}", total);
    println!("carl {}", scores["carl"]);
}
