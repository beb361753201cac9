// Word frequencies: entry().or_insert(0) counts, then counts.into_iter().collect() moves the pairs into one Vec of exactly len() elements (the table is freed when the IntoIter is dropped) and sort() puts them in order, so the output does not depend on the hash order
use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the cat ran off the mat";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("distinct {} capacity {}", counts.len(), counts.capacity());
    let mut pairs: Vec<(&str, usize)> = counts.into_iter().collect();
    pairs.sort();
    for (w, n) in &pairs {
        println!("{} {}", w, n);
    }
    println!("pairs len {} capacity {}", pairs.len(), pairs.capacity());
}
