// A struct holding a reference to a local can't be returned: the local dies
// when the function returns.
struct Parser<'a> {
    input: &'a str,
}

fn make_parser<'a>() -> Parser<'a> {
    let text = String::from("local text");
    Parser { input: &text }
}

fn main() {
    let p = make_parser();
    println!("{}", p.input);
}
