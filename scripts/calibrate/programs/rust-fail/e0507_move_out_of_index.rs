// Indexing gives a place inside the Vec: a String cannot be moved out of it (clone or borrow instead).
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let s = v[0];
    println!("{}", s);
}
