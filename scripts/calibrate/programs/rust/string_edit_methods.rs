// String's editing methods: insert and insert_str reserve the inserted bytes (amortized growth) and
// shift the rest; remove and retain never allocate; split_off allocates exactly the tail; into_bytes
// hands the same buffer to a Vec<u8>. Byte indices must fall on char boundaries.
fn main() {
    let mut s = String::from("héllo");
    println!("{} {} {}", s, s.len(), s.capacity());
    s.insert(0, '>');
    s.insert_str(1, "> ");
    println!("{} {} {}", s, s.len(), s.capacity());
    let c = s.remove(0);
    println!("{:?} {}", c, s);
    s.retain(|ch| ch != 'l');
    println!("{} {}", s, s.capacity());
    s.push_str(" world");
    let tail = s.split_off(5);
    println!("[{}] [{}] {} {}", s, tail, s.capacity(), tail.capacity());
    let bytes = tail.into_bytes();
    println!("{:?} {}", bytes, bytes.capacity());
    let mut t = String::with_capacity(4);
    t.insert_str(0, "abcd");
    t.insert(2, 'é');
    println!("{} {}", t, t.capacity());
}
