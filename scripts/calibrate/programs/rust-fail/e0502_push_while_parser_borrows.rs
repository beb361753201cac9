// A Parser built with `-> Self` in `impl<'a> Parser<'a>` keeps the String it
// reads borrowed: pushing onto the String while the parser is used conflicts.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}
impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }
    fn peek(&self) -> Option<char> {
        self.input[self.pos..].chars().next()
    }
}
fn main() {
    let mut s = String::from("abc");
    let p = Parser::new(&s);
    s.push('d');
    println!("{:?}", p.peek());
}
