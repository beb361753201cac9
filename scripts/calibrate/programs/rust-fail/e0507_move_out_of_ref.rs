// *r is behind a shared reference: a String cannot be moved out of it.
fn take(r: &String) -> String {
    *r
}

fn main() {
    let s = String::from("a");
    let t = take(&s);
    println!("{} {}", s, t);
}
