// into_iter() takes the set by value: the set cannot be used after the Vec is collected from it (E0382); collect from `iter()` to keep it
use std::collections::HashSet;

fn main() {
    let seen: HashSet<u32> = HashSet::from([3, 1, 2]);
    let mut all: Vec<u32> = seen.into_iter().collect();
    all.sort();
    println!("{:?} {}", all, seen.contains(&1));
}
