// Moving a value out while a reference to it is alive would leave the reference dangling.
fn main() {
    let s = String::from("hello");
    let r = &s;
    let t = s;
    println!("{} {}", r, t);
}
