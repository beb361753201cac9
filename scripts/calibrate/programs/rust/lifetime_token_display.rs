// A Copy struct of two borrowed slices, Token<'a> (32 bytes), with a
// Display impl on `impl<'a> fmt::Display for Token<'a>`: splitting and
// classifying borrow from the source; only the Vecs and to_string allocate.
use std::fmt;
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    kind: &'static str,
}
impl<'a> fmt::Display for Token<'a> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}({})", self.kind, self.text)
    }
}
fn classify(w: &str) -> Token {
    let kind = if w.chars().all(|c| c.is_ascii_digit()) { "num" } else { "word" };
    Token { text: w, kind }
}
fn main() {
    let src = String::from("let x = 42 ;");
    let toks: Vec<Token> = src.split(' ').map(|w| classify(w)).collect();
    for t in &toks {
        print!("{} ", t);
    }
    println!();
    let joined: Vec<String> = toks.iter().map(|t| t.to_string()).collect();
    println!("{:?} {:?}", joined, toks[3]);
}
