// collect() into a HashMap: FromIterator is new() + extend, which reserves the iterator's lower size hint on the empty map (an exact hint: one table, no growth; a filter's hint of 0: the table grows as it fills); HashMap::from_iter is the same call
use std::collections::HashMap;

fn main() {
    let words = vec!["apple", "fig", "banana", "kiwi", "cherry"];
    let lens: HashMap<&str, usize> = words.iter().map(|w| (*w, w.len())).collect();
    println!("len {} capacity {} fig {} banana {}", lens.len(), lens.capacity(), lens["fig"], lens["banana"]);
    let long = words.iter().filter(|w| w.len() > 3).map(|w| (*w, w.len())).collect::<HashMap<_, _>>();
    println!("long len {} capacity {} has kiwi {}", long.len(), long.capacity(), long.contains_key("kiwi"));
    let squares = HashMap::<u32, u32>::from_iter((1..=20u32).map(|n| (n, n * n)));
    println!("squares len {} capacity {} 7 -> {:?}", squares.len(), squares.capacity(), squares.get(&7));
}
