// retain changes the map in place, so it needs `let mut` (E0596)
use std::collections::HashMap;

fn main() {
    let scores: HashMap<u32, u32> = HashMap::from([(1, 10), (2, 25)]);
    scores.retain(|_, s| *s > 20);
    println!("{}", scores.len());
}
