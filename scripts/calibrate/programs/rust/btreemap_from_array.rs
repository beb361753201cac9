// BTreeMap::from([...]) and BTreeSet::from([...]) sort the array in place (no allocation for a short array) and bulk-build the tree: one leaf for up to 11 keys
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let ages = BTreeMap::from([("carol", 41u32), ("alice", 30), ("bob", 25)]);
    println!("{:?}", ages);
    println!("bob {:?} oldest first key {:?}", ages.get("bob"), ages.first_key_value());
    let primes = BTreeSet::from([7, 2, 5, 3, 11, 13]);
    println!("{:?} contains 5 {}", primes, primes.contains(&5));
    let mut codes = BTreeMap::from([(3u8, 'c'), (1, 'a')]);
    codes.insert(2, 'b');
    println!("{:?}", codes);
}
