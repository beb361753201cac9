// s.push_str(&s): the argument borrows s immutably while push_str needs it mutably.
fn main() {
    let mut s = String::from("ab");
    s.push_str(&s);
    println!("{}", s);
}
