// `&Parser` carries two elided lifetimes (the reference's and Parser's 'a):
// elision can't tell which one the returned &str borrows from.
struct Parser<'a> {
    input: &'a str,
}
fn rest(p: &Parser) -> &str {
    p.input
}
fn main() {
    let p = Parser { input: "abc" };
    println!("{}", rest(&p));
}
