// Assigning to a variable while a reference to it is alive is refused.
fn main() {
    let mut x = 5;
    let r = &x;
    x = 6;
    println!("{} {}", r, x);
}
