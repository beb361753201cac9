// A struct with a lifetime parameter returned without one borrows from
// nothing the signature names: `-> Parser` needs `Parser<'static>` or an input.
struct Parser<'a> {
    input: &'a str,
}
fn make() -> Parser {
    Parser { input: "x" }
}
fn main() {
    println!("{}", make().input);
}
