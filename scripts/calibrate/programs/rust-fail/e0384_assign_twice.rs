// A binding without `mut` can be assigned only once.
fn main() {
    let count = 0;
    for i in 0..3 {
        count = count + i;
    }
    println!("{}", count);
}
