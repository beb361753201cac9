// retain needs &mut self: a shared borrow from get() that is still used later conflicts with it.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let first = v.get(0);
    v.retain(|&x| x % 2 == 0);
    println!("{:?} {:?}", first, v);
}
