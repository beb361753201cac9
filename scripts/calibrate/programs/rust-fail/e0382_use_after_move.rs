// After `let b = a;` the String belongs to b: a can no longer be used.
fn main() {
    let a = String::from("hello");
    let b = a;
    println!("{} {}", a, b);
}
