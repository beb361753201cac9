// A reference into a Vec stays alive until its last use: pushing may reallocate the buffer it points into.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("{}", first);
}
