use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in pairs.iter().take(3) {
        println!("{}: {}", w, c);
    }
    let longest = text.split(' ').max_by_key(|w| w.len()).unwrap();
    println!("longest word: {}", longest);
    let upper: Vec<String> = text.split_whitespace().filter(|w| w.len() > 4).map(|w| w.to_uppercase()).collect();
    println!("{:?}", upper);
}
