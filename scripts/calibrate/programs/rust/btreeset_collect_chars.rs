// collect() into a BTreeSet: the items go into a Vec first (a chars() iterator's size hint is a guess, so the Vec grows), the Vec is sorted and deduplicated while the tree is bulk-built, and then the Vec is freed
use std::collections::BTreeSet;

fn main() {
    let letters: BTreeSet<char> = "mississippi".chars().collect();
    println!("{:?} ({} distinct)", letters, letters.len());
    let evens: BTreeSet<u64> = (0..60u64).filter(|n| n % 2 == 0).collect();
    println!("evens {} first {:?} last {:?}", evens.len(), evens.first(), evens.last());
    let words: BTreeSet<&str> = vec!["b", "a", "c", "a"].into_iter().collect();
    println!("{:?}", words);
}
