// `if let Some(s) = opt` moves the String out of the Option: the Option is partially moved afterwards.
fn main() {
    let opt = Some(String::from("x"));
    if let Some(s) = opt {
        println!("{}", s);
    }
    println!("{:?}", opt);
}
