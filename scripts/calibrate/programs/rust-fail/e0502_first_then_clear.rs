// v.first() returns an Option<&T> that borrows v: clearing v while it is alive is refused.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let head = v.first();
    v.clear();
    println!("{:?}", head);
}
