// The result is tied to 'a, but `b: &str` has its own (elided) lifetime:
// returning `b` needs `b: &'a str` in the signature.
fn longest<'a>(a: &'a str, b: &str) -> &'a str {
    if a.len() >= b.len() {
        a
    } else {
        b
    }
}

fn main() {
    println!("{}", longest("ab", "c"));
}
