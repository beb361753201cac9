// extend(other) takes the Vec by value: other is moved and can't be used afterwards.
fn main() {
    let mut a = vec![String::from("a")];
    let b = vec![String::from("b")];
    a.extend(b);
    println!("{} {}", a.len(), b.len());
}
