// A struct holding a `&'a mut Vec<u8>` keeps the vector mutably borrowed
// for as long as the struct is used: a second one conflicts.
struct Writer<'a> {
    buf: &'a mut Vec<u8>,
}

impl<'a> Writer<'a> {
    fn put(&mut self, b: u8) {
        self.buf.push(b);
    }
}

fn main() {
    let mut v: Vec<u8> = Vec::new();
    let mut w1 = Writer { buf: &mut v };
    let mut w2 = Writer { buf: &mut v };
    w1.put(1);
    w2.put(2);
    println!("{}", v.len());
}
