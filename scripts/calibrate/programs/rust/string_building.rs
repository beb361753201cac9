// Building a String with push_str in a loop versus format! per piece joined
// by push_str: each format! is one extra allocation (and dealloc) per
// iteration on top of the growth of the result.
fn build_push(n: u32) -> String {
    let mut s: String = String::new();
    for i in 0..n {
        s.push_str("item");
        s.push(':');
        if i % 2 == 0 {
            s.push_str("even");
        } else {
            s.push_str("odd");
        }
        s.push(';');
    }
    s
}

fn build_format(n: u32) -> String {
    let mut s: String = String::new();
    for i in 0..n {
        let piece: String = format!("item:{};", i);
        s.push_str(&piece);
    }
    s
}

fn main() {
    let a: String = build_push(50);
    println!("push_str: len {} cap {}", a.len(), a.capacity());
    let b: String = build_format(50);
    println!("format!: len {} cap {}", b.len(), b.capacity());
}
