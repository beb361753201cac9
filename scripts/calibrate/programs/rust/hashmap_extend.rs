// extend on a HashMap reserves the iterator's lower size hint when the map is empty but only half of it (rounded up) when it already has entries, since some keys may repeat; extending from another map moves its pairs and frees its table
use std::collections::{HashMap, HashSet};

fn main() {
    let mut m: HashMap<u32, u32> = HashMap::new();
    m.extend(vec![(1, 10), (2, 20), (3, 30)]);
    println!("len {} capacity {}", m.len(), m.capacity());
    m.extend((4..=12u32).map(|k| (k, k * 10)));
    println!("len {} capacity {}", m.len(), m.capacity());
    let other: HashMap<u32, u32> = (100..105u32).map(|k| (k, k)).collect();
    m.extend(other);
    println!("len {} capacity {} 102 -> {:?}", m.len(), m.capacity(), m.get(&102));
    let mut seen: HashSet<char> = HashSet::new();
    seen.extend("hello".chars());
    seen.extend(vec!['w', 'o', 'r', 'l', 'd']);
    println!("seen {} capacity {} has w {}", seen.len(), seen.capacity(), seen.contains(&'w'));
}
