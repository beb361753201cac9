// Reuse one String: clear() sets the length to 0 and keeps the capacity,
// so after the first line has grown it, the other lines allocate nothing.
// Compare with B, which makes a new String for every line.
fn main() {
    let mut line = String::new();
    let mut total = 0;
    for i in 0..1000 {
        line.clear();
        line.push_str("message ");
        line.push_str("number ");
        for j in 0..10 {
            line.push(char::from(b'0' + ((i + j) % 10) as u8));
        }
        line.push('\n');
        total += line.len();
    }
    println!("bytes written: {} final capacity: {}", total, line.capacity());
}
