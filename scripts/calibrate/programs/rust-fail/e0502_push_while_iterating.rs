// Looping over &v borrows v for the whole loop: the body cannot push to it.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        if *x > 1 {
            v.push(*x);
        }
    }
    println!("{}", v.len());
}
