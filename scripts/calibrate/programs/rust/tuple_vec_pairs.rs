// A Vec of tuples stores each (String, u32) inline in its buffer: the
// element size is the tuple's size (24 + 4, padded to 32), and the Strings'
// text lives in separate allocations.
fn main() {
    let mut scores: Vec<(String, u32)> = Vec::new();
    let names = ["ann", "bob", "cy", "dee", "eve"];
    let mut i = 0;
    for n in names {
        scores.push((n.to_string(), i * 7 % 5));
        i += 1;
    }
    let mut best = 0;
    for (idx, entry) in scores.iter().enumerate() {
        if entry.1 > scores[best].1 {
            best = idx;
        }
    }
    println!("best {} with {}", scores[best].0, scores[best].1);
    println!("size_of tuple {} cap {}", std::mem::size_of::<(String, u32)>(), scores.capacity());
    let (name, score) = scores.remove(0);
    println!("removed {} {}", name, score);
}
