// s.as_str() borrows the String's buffer; push_str may move that buffer.
fn main() {
    let mut s = String::from("hello");
    let view = s.as_str();
    s.push_str(", world");
    println!("{}", view);
}
