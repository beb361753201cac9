// A reference taken in one iteration and used in the next keeps the borrow alive around the loop.
fn main() {
    let mut v = vec![1];
    let mut last = &0;
    for i in 0..3 {
        v.push(i);
        println!("{}", last);
        last = &v[0];
    }
}
