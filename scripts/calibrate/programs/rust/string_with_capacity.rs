// String::with_capacity(10) then a 12-byte push_str: the reserve doubles to
// max(2 * 10, 12) = 20. String::from and clone are exact (cap == len).
fn main() {
    let mut s: String = String::with_capacity(10);
    println!("with_capacity(10): len {} cap {}", s.len(), s.capacity());
    s.push_str("twelve bytes");
    println!("push_str 12: len {} cap {}", s.len(), s.capacity());
    let f: String = String::from("hello");
    println!("from(\"hello\"): len {} cap {}", f.len(), f.capacity());
    let c: String = s.clone();
    println!("clone: len {} cap {}", c.len(), c.capacity());
    s.clear();
    println!("clear: len {} cap {}", s.len(), s.capacity());
    println!("{} {}", f, c);
}
