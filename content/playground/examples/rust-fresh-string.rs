// A new String for every line: each one allocates and grows from nothing,
// and is freed at the end of its iteration.
fn main() {
    let mut total = 0;
    let mut last = 0;
    for i in 0..1000 {
        let mut line = String::new();
        line.push_str("message ");
        line.push_str("number ");
        for j in 0..10 {
            line.push(char::from(b'0' + ((i + j) % 10) as u8));
        }
        line.push('\n');
        total += line.len();
        last = line.capacity();
    }
    println!("bytes written: {} final capacity: {}", total, last);
}
