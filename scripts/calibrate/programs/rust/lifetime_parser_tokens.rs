// A tokenizer struct with a lifetime: `Parser<'a>` holds a &'a str and hands
// out &'a str slices of it, so tokenizing allocates nothing but the Vec of
// tokens (16-byte slices, growing 4 → 8 → 16).
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Parser<'a> {
        Parser { input, pos: 0 }
    }

    fn skip_spaces(&mut self) {
        while self.pos < self.input.len() && self.input.as_bytes()[self.pos] == b' ' {
            self.pos += 1;
        }
    }

    fn next_token(&mut self) -> Option<&'a str> {
        self.skip_spaces();
        if self.pos >= self.input.len() {
            return None;
        }
        let start = self.pos;
        let bytes = self.input.as_bytes();
        if bytes[start].is_ascii_digit() {
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_digit() {
                self.pos += 1;
            }
        } else {
            self.pos += 1;
        }
        Some(&self.input[start..self.pos])
    }
}

fn main() {
    let src = String::from("12 + 345*(6 - 78) / 9");
    let mut p = Parser::new(&src);
    let mut tokens: Vec<&str> = Vec::new();
    while let Some(t) = p.next_token() {
        tokens.push(t);
    }
    println!("{} tokens: {:?}", tokens.len(), tokens);
    let nums: i64 = tokens.iter().filter_map(|t| t.parse::<i64>().ok()).sum();
    println!("sum of numbers {}", nums);
}
