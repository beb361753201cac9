// v.iter() borrows v for as long as the iterator is used.
fn main() {
    let mut v = vec![10, 20, 30];
    let mut total = 0;
    for x in v.iter() {
        total += *x;
        v.clear();
    }
    println!("{}", total);
}
