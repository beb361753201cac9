// entry(k).or_default() inserts String::new() (no allocation) for a vacant key and returns &mut String to push into; each String then grows on its own
use std::collections::HashMap;

fn main() {
    let mut initials: HashMap<char, String> = HashMap::new();
    let names = [('a', "ada"), ('a', "alan"), ('g', "grace"), ('b', "barbara"), ('g', "guido"), ('b', "bjarne"), ('a', "anders")];
    for (first, name) in names {
        let list = initials.entry(first).or_default();
        if !list.is_empty() {
            list.push_str(", ");
        }
        list.push_str(name);
    }
    println!("{:?}", initials.get(&'a'));
    println!("keys {}", initials.len());
    // remove in a fixed order: the map's own drop would free the Strings in its random bucket order
    println!("{:?}", initials.remove(&'b'));
    println!("{:?}", initials.remove(&'g'));
    println!("{:?}", initials.remove(&'a'));
    println!("keys {}", initials.len());
}
