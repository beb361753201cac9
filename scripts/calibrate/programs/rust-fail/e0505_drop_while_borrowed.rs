// drop(v) moves v: not while a borrow of it is still used.
fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    drop(v);
    println!("{}", first);
}
