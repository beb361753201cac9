// String::push(ch) reserves ch.len_utf8() bytes: ASCII characters grow the
// String like a Vec<u8> (8, 16, 32, ...); a multi-byte character takes 2 to 4
// bytes of the capacity.
fn main() {
    let mut s: String = String::new();
    let mut prev: usize = s.capacity();
    for i in 0..100 {
        if i % 10 == 9 {
            s.push('é');
        } else {
            s.push('x');
        }
        if s.capacity() != prev {
            println!("len {} cap {}", s.len(), s.capacity());
            prev = s.capacity();
        }
    }
    println!("bytes {}", s.len());
}
