// Replacing a String drops the old one: a reference to it would dangle.
fn main() {
    let mut s = String::from("old");
    let r = &s;
    s = String::from("new");
    println!("{} {}", r, s);
}
