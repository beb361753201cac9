// Matching on a.cmp(&b) must cover Less, Equal and Greater: leaving out Equal is E0004
use std::cmp::Ordering;

fn main() {
    let a = 1;
    let b = 2;
    match a.cmp(&b) {
        Ordering::Less => println!("less"),
        Ordering::Greater => println!("greater"),
    }
}
