// push needs &mut self: the Vec's binding must be `let mut`.
fn main() {
    let v = Vec::new();
    v.push(1);
    println!("{:?}", v);
}
