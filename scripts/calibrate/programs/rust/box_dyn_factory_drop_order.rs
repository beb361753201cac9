// A factory returning Box<dyn Trait> from match arms; a zero-sized implementor's Box allocates nothing; drops run front to back
trait Token {
    fn text(&self) -> String;
}

struct Num(i64);

struct Word {
    s: String,
}

struct Comma;

impl Token for Num {
    fn text(&self) -> String {
        self.0.to_string()
    }
}

impl Token for Word {
    fn text(&self) -> String {
        self.s.clone()
    }
}

impl Token for Comma {
    fn text(&self) -> String {
        String::from(",")
    }
}

impl Drop for Num {
    fn drop(&mut self) {
        println!("drop num {}", self.0);
    }
}

impl Drop for Word {
    fn drop(&mut self) {
        println!("drop word {}", self.s);
    }
}

impl Drop for Comma {
    fn drop(&mut self) {
        println!("drop comma");
    }
}

fn make(kind: u8, i: i64) -> Box<dyn Token> {
    match kind {
        0 => Box::new(Num(i)),
        1 => Box::new(Word { s: format!("w{}", i) }),
        _ => Box::new(Comma),
    }
}

fn main() {
    let mut toks: Vec<Box<dyn Token>> = Vec::with_capacity(4);
    for i in 0..4 {
        toks.push(make((i % 3) as u8, i));
    }
    let mut line = String::new();
    for t in toks.iter() {
        line.push_str(&t.text());
    }
    println!("{}", line);
    let last = toks.pop().unwrap();
    println!("popped {}", last.text());
    println!("{} left", toks.len());
}
