// Copying a reference into another variable does not end the borrow: the copy keeps it alive.
fn main() {
    let mut s = String::from("abc");
    let r1 = &s;
    let r2 = r1;
    s.push('d');
    println!("{}", r2);
}
