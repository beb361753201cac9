// A: `first` borrows from `scores`, and the push may reallocate the Vec's buffer while that borrow is
// still used, so rustc refuses the program (E0502). Switch the editor to program B for the fix.
fn main() {
    let mut scores = Vec::with_capacity(3);
    scores.extend_from_slice(&[10, 20, 30]);
    let first = &scores[0];
    scores.push(40); // capacity 3 is full: this push moves the elements to a new buffer
    println!("first = {}, len = {}", first, scores.len());
}
