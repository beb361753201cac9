fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(4);
    for i in 0..10 {
        v.push(i);
    }
    let mut total: u32 = 0;
    while let Some(x) = v.pop() {
        total += x;
        if total > 30 {
            break;
        }
    }
    v.clear();
    println!("{} {} {}", total, v.len(), v.capacity());
    v.shrink_to_fit();
    println!("{}", v.capacity());
    let words: Vec<&str> = vec!["a", "bc", "def"];
    let mut joined = String::new();
    for w in words.iter() {
        joined.push_str(w);
        joined.push(' ');
    }
    let n: i64 = -42;
    let m = match n {
        0 => "zero",
        _ => "nonzero",
    };
    let e: Option<u32> = None;
    println!("{} {} {}", joined, m, e.is_none());
    let first = words[0];
    let idx: usize = 7;
    let bad = words[idx - 4];
    println!("{} {}", first, bad);
}
