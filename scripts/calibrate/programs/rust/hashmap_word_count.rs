// HashMap<String, u32> word count (three-letter words, so the Strings freed in the table's random order are all the same size) with entry().or_insert(0): one table allocation per growth (4, 8, 16 buckets), each word's String allocated once when its entry is vacant and dropped when the key is already present
use std::collections::HashMap;

fn main() {
    let text = "the cat saw the dog and the dog saw owl and fox and the hen saw elk yak ant bee emu";
    let mut counts: HashMap<String, u32> = HashMap::new();
    let words = ["the", "cat", "saw", "the", "dog", "and", "the", "dog", "saw", "owl", "and", "fox", "and", "the", "hen", "saw", "elk", "yak", "ant", "bee", "emu"];
    for w in words {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    println!("text has {} bytes", text.len());
    println!("distinct words: {}", counts.len());
    println!("capacity: {}", counts.capacity());
    println!("the: {:?}", counts.get("the"));
    println!("dog: {:?}", counts.get("dog"));
    println!("cow: {:?}", counts.get("cow"));
    let mut total = 0;
    for (_word, n) in &counts {
        total += n;
    }
    println!("total words: {}", total);
}
