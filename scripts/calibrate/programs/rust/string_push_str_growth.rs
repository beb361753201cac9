// String is a Vec<u8>: push_str(s) reserves s.len() more bytes, so from an
// empty String the first 13-byte chunk allocates exactly 13 and later growth
// doubles: 13, 26, 52, 104, ...
fn main() {
    let mut s: String = String::new();
    let mut prev: usize = s.capacity();
    for _ in 0..40 {
        s.push_str("hello, world!");
        if s.capacity() != prev {
            println!("len {} cap {}", s.len(), s.capacity());
            prev = s.capacity();
        }
    }
    let mut t: String = String::new();
    t.push_str("abc");
    println!("3-byte first chunk: cap {}", t.capacity());
    let mut u: String = String::new();
    let mut i: usize = 0;
    while i < 100 {
        u.push_str("0123456789");
        i += 10;
    }
    println!("u len {} cap {}", u.len(), u.capacity());
}
