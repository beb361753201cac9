// A method taking &mut self (push) is a second mutable borrow while r is alive.
fn main() {
    let mut s = String::new();
    let r = &mut s;
    s.push('a');
    r.push('b');
    println!("{}", s);
}
