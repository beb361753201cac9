// B: copy the value out (an i32 is Copy) before pushing, so no borrow is alive at the push. The push
// reallocates the buffer from 3 to 6 elements, which is exactly why A's reference could not survive it.
fn main() {
    let mut scores = Vec::with_capacity(3);
    scores.extend_from_slice(&[10, 20, 30]);
    let first = scores[0];
    scores.push(40); // capacity 3 is full: this push moves the elements to a new buffer
    println!("first = {}, len = {}, capacity = {}", first, scores.len(), scores.capacity());
}
