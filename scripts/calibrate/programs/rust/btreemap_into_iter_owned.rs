// for (k, v) in a BTreeMap by value moves each key and value out in key order (each String dropped at the end of its turn) and frees the tree's node once the loop has walked past it
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut names: BTreeMap<u32, String> = BTreeMap::new();
    for (i, n) in ["carol", "alice", "bob", "dave"].iter().enumerate() {
        names.insert(i as u32 * 10, n.to_string());
    }
    let mut out = Vec::new();
    for (id, name) in names {
        out.push(format!("{}:{}", id, name.len()));
    }
    println!("{:?}", out);
    let set: BTreeSet<u8> = (1..=5u8).collect();
    let doubled: Vec<u8> = set.into_iter().map(|x| x * 2).collect();
    println!("{:?} capacity {}", doubled, doubled.capacity());
}
