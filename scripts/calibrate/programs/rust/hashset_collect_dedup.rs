// collect() into a HashSet: the Vec's IntoIter has an exact size hint, so the set reserves room for all ten numbers before it finds out that three are duplicates (capacity stays larger than len); the Vec's buffer is freed once the IntoIter is used up
use std::collections::HashSet;

fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    let s: HashSet<i32> = v.into_iter().collect();
    println!("distinct {} capacity {}", s.len(), s.capacity());
    println!("has 9 {} has 7 {}", s.contains(&9), s.contains(&7));
    let words: HashSet<String> = "a b a c b d".split(' ').map(|w| w.to_string()).collect();
    println!("words {} capacity {} has c {}", words.len(), words.capacity(), words.contains("c"));
    let mut sorted: Vec<i32> = s.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);
}
