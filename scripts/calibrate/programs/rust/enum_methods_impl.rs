// Methods on an enum: `impl` blocks work for enums as for structs, `match self` picks the
// variant, and a Display impl writes each variant its own way. A method taking `self` by
// value consumes the enum and can move its payload out.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Op(char),
    Word(String),
}

impl Token {
    fn is_op(&self) -> bool {
        match self {
            Token::Op(_) => true,
            _ => false,
        }
    }

    fn weight(&self) -> usize {
        match self {
            Token::Num(n) if *n < 0 => 2,
            Token::Num(_) | Token::Op(_) => 1,
            Token::Word(w) => w.len(),
        }
    }

    fn into_text(self) -> String {
        match self {
            Token::Word(w) => w,
            Token::Num(n) => n.to_string(),
            Token::Op(c) => c.to_string(),
        }
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Token::Num(n) => write!(f, "#{}", n),
            Token::Op(c) => write!(f, "'{}'", c),
            Token::Word(w) => write!(f, "{}", w),
        }
    }
}

fn main() {
    let tokens = vec![Token::Word(String::from("let")), Token::Num(-42), Token::Op('+'), Token::Num(7)];
    let mut total = 0;
    for t in &tokens {
        println!("{} op={} weight={}", t, t.is_op(), t.weight());
        total += t.weight();
    }
    println!("total weight {}", total);
    let copy = tokens.clone();
    println!("{}", copy == tokens);
    let mut texts = Vec::new();
    for t in tokens {
        texts.push(t.into_text());
    }
    println!("{:?}", texts);
    let s = format!("{}", Token::Op('*'));
    println!("{} ({} bytes)", s, s.len());
}
