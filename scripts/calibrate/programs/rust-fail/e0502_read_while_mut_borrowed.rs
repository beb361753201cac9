// While a &mut borrow is alive, the owner cannot even be read.
fn main() {
    let mut v = vec![1, 2, 3];
    let m = &mut v;
    println!("{}", v.len());
    m.push(4);
}
