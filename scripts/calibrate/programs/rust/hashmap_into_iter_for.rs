// for (k, v) in map takes the map by value: each pair is moved out (the String keys, all the same length so that the hash order does not show, are dropped one per turn here), and the table itself is freed when the loop ends and its IntoIter is dropped; a HashSet the same way
use std::collections::{HashMap, HashSet};

fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    scores.insert(String::from("ada"), 90);
    scores.insert(String::from("bob"), 85);
    scores.insert(String::from("eve"), 70);
    let mut total = 0;
    let mut letters = 0;
    for (name, score) in scores {
        total += score;
        letters += name.len();
    }
    println!("total {} letters {}", total, letters);
    let set: HashSet<u64> = (1..=6u64).collect();
    let mut product = 1;
    for x in set {
        product *= x;
    }
    println!("product {}", product);
    let tags: HashSet<String> = vec![String::from("xx"), String::from("yy")].into_iter().collect();
    let total_len: usize = tags.into_iter().map(|t| t.len()).sum();
    println!("tag letters {}", total_len);
}
