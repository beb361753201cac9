// collect() into a HashMap needs (key, value) pairs: an iterator of plain numbers cannot build one (E0277)
use std::collections::HashMap;

fn main() {
    let v = vec![1, 2, 3];
    let m: HashMap<i32, i32> = v.into_iter().collect();
    println!("{}", m.len());
}
