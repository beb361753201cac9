// `parse` is generic over its result: without a turbofish or an annotation
// rustc can't tell which type to parse into.
fn main() {
    let n = "42".parse().unwrap();
    println!("{}", n);
}
