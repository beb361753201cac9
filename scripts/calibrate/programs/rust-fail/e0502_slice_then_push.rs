// A slice &v[a..b] borrows the whole Vec.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let middle = &v[1..4];
    v.push(6);
    println!("{:?}", middle);
}
