// BTreeSet<i64> stores sorted keys with no values (a leaf node is 8 + 4 + 11 * 8 bytes); insert of a present key returns false and allocates nothing
use std::collections::BTreeSet;

fn main() {
    let mut s: BTreeSet<i64> = BTreeSet::new();
    let mut added = 0;
    for i in 0..30i64 {
        if s.insert((i * 37) % 23 - 11) {
            added += 1;
        }
    }
    println!("added {} len {}", added, s.len());
    println!("{:?}", s);
    println!("first {:?} last {:?}", s.first(), s.last());
    println!("contains 0: {}", s.contains(&0));
    s.remove(&0);
    println!("after remove: {}", s.len());
    s.clear();
    println!("after clear: {} {:?}", s.len(), s);
}
