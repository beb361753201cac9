// `a + "x"` moves the String a into the result (its buffer is reused).
fn main() {
    let a = String::from("hello");
    let b = a + " world";
    println!("{} {}", a, b);
}
