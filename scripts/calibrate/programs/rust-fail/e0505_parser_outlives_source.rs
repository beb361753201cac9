// A Parser<'a> borrows the String it reads: moving the String away while the
// parser is still used is an error.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Parser<'a> {
        Parser { input, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }
}

fn main() {
    let s = String::from("abc def");
    let p = Parser::new(&s);
    drop(s);
    println!("{}", p.rest());
}
