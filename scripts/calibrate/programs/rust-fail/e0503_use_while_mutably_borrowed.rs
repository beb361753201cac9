// Even copying a value out is refused while a &mut borrow of it is alive.
fn main() {
    let mut x = 1;
    let m = &mut x;
    let y = x;
    *m += 1;
    println!("{}", y);
}
