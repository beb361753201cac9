// unwrap takes the Option by value: after it, the Option is gone.
fn main() {
    let name = Some(String::from("ann"));
    let s = name.unwrap();
    println!("{} {:?}", s, name);
}
