// String::drain(range) removes a byte range at once and yields its chars: collected into a String
// it reserves the chars' lower size bound ((bytes + 3) / 4) and grows by pushes, the source keeps
// its buffer. is_sorted checks an order without allocating.
fn main() {
    let mut s = String::from("hello, wonderful world");
    let middle: String = s.drain(7..17).collect();
    println!("[{}] [{}] {} {}", s, middle, s.capacity(), middle.capacity());
    let head: String = s.drain(..5).collect();
    println!("[{}] [{}] {}", s, head, head.capacity());
    let mut t = String::from("héllo");
    let n = t.drain(1..3).count();
    println!("{} {} {}", t, n, t.len());
    let a = vec![1, 2, 2, 5];
    let b = vec![3, 1];
    let names = vec!["ant", "bee", "ape"];
    println!("{} {} {} {:?}", a.is_sorted(), b.is_sorted(), names.is_sorted(), a);
}
