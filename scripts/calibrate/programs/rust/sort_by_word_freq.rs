// Word frequencies sorted by count descending, then word ascending: sort_by with b.1.cmp(&a.1).then(a.0.cmp(b.0)) is a total order, so the output does not depend on the hash order; 9 pairs are insertion-sorted (no scratch)
use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the cat ran off the mat and the dog sat";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, n) in &pairs {
        println!("{:>4} {}", n, w);
    }
    println!("len {} capacity {}", pairs.len(), pairs.capacity());
}
