// A temporary String is dropped at the end of the statement: a &str into it cannot be kept.
fn main() {
    let s: &str = String::from("temporary").as_str();
    println!("{}", s);
}
