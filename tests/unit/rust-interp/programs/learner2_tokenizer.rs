struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn new(src: &'a str) -> Self {
        Tokenizer { src, pos: 0 }
    }

    fn next_token(&mut self) -> Option<&'a str> {
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() && bytes[self.pos] == b' ' {
            self.pos += 1;
        }
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        while self.pos < bytes.len() && bytes[self.pos] != b' ' {
            self.pos += 1;
        }
        Some(&self.src[start..self.pos])
    }
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let line = String::from("let  answer = 42 ;");
    let mut t = Tokenizer::new(&line);
    let mut best = "";
    let mut n = 0;
    while let Some(tok) = t.next_token() {
        println!("token {:?}", tok);
        best = longest(best, tok);
        n += 1;
    }
    println!("{} tokens, longest {}", n, best);
}
