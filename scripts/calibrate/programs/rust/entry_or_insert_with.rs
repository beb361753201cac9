// entry(k).or_insert_with(f) runs f only when the key is missing (unlike or_insert(Vec::new()), whose argument is always built); grouping words by their first letter
use std::collections::HashMap;

fn main() {
    let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"];
    let mut by_letter: HashMap<char, Vec<&str>> = HashMap::new();
    let mut made = 0;
    for w in words.iter() {
        let first = w.chars().next().unwrap();
        by_letter.entry(first).or_insert_with(|| {
            made += 1;
            Vec::new()
        }).push(w);
    }
    println!("groups {} vecs made {}", by_letter.len(), made);
    for c in ['a', 'b', 'c'] {
        let g = &by_letter[&c];
        println!("{} {:?} capacity {}", c, g, g.capacity());
    }
    let mut names: HashMap<u32, String> = HashMap::new();
    names.entry(1).or_insert_with(|| String::from("one"));
    names.entry(1).or_insert_with(|| String::from("uno"));
    println!("{:?}", names.get(&1));
}
