// v.push(v.pop().unwrap()): the outer push has already reserved v mutably when pop borrows it again.
fn main() {
    let mut v = vec![1, 2];
    v.push(v.pop().unwrap());
    println!("{:?}", v);
}
