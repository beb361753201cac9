// `trim()` returns a slice of the String: pushing onto the String while the
// slice is still used needs a mutable borrow that conflicts with it.
fn main() {
    let mut s = String::from("  padded  ");
    let t = s.trim();
    s.push('!');
    println!("{}", t);
}
