// A slice handed out by a Parser<'a> borrows the parser's input, not the
// parser: it can't outlive the String the input came from.
struct Parser<'a> {
    input: &'a str,
}

impl<'a> Parser<'a> {
    fn first(&self) -> &'a str {
        match self.input.split_once(' ') {
            Some((head, _)) => head,
            None => self.input,
        }
    }
}

fn main() {
    let word;
    {
        let line = String::from("hello world");
        let p = Parser { input: &line };
        word = p.first();
    }
    println!("{}", word);
}
