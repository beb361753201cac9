// Counting in a HashMap and then collecting it into a BTreeMap to print in key order: the pairs go into a Vec of exactly len() elements, which is sorted and bulk-built into the tree and then freed; the HashMap's table is freed when its IntoIter is used up
use std::collections::{BTreeMap, HashMap};

fn main() {
    let text = "one two three two three three four four four four";
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in text.split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let sorted: BTreeMap<String, usize> = counts.into_iter().collect();
    for (word, n) in &sorted {
        println!("{:>6} {}", word, n);
    }
    let lengths: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    println!("{} words, {:?}", sorted.len(), lengths);
}
