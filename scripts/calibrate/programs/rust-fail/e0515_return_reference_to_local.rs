// A function cannot return a reference to its own local: the local is dropped when the function returns.
fn make(prefix: &String) -> &String {
    let s = format!("{}!", prefix);
    &s
}

fn main() {
    let p = String::from("hi");
    println!("{}", make(&p));
}
