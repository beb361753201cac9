// v[1] = 5 on a Vec calls IndexMut, a mutable borrow of the whole Vec.
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &v[0];
    v[1] = 5;
    println!("{}", r);
}
