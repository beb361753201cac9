// Returning a &str into a local String fails the same way: the String's buffer is freed on return.
fn label(n: &u32) -> &str {
    let s = n.to_string();
    s.as_str()
}

fn main() {
    let n = 7;
    println!("{}", label(&n));
}
