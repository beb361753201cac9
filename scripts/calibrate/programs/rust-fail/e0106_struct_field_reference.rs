// A struct field that is a reference needs a named lifetime: `struct Token<'a>
// { text: &'a str }`.
struct Token {
    text: &str,
    line: usize,
}

fn main() {
    let t = Token { text: "x", line: 1 };
    println!("{} {}", t.text, t.line);
}
