// BTreeMap<String, usize> keeps its keys sorted: iteration and {:?} print in key order; a B-tree allocates one leaf node (11 keys) first and splits it as it fills
use std::collections::BTreeMap;

fn main() {
    let words = ["pear", "apple", "fig", "apple", "kiwi", "plum", "fig", "apple", "lime", "date", "grape", "melon", "lemon", "peach"];
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for w in words {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    for (w, n) in &counts {
        if *n > 1 {
            println!("{} x{}", w, n);
        }
    }
    println!("distinct {}", counts.len());
    println!("first {:?}", counts.first_key_value());
}
