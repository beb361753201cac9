// summarize builds n log lines and returns the total length of the error lines.
fn summarize(n: u64) -> usize {
    // Each line is looked at once: look at it as soon as it is built, then reuse its buffer.
    let mut total = 0;
    let mut line = String::with_capacity(16);
    for i in 0..n {
        line.clear();
        line.push_str(if i % 7 == 0 { "error " } else { "ok " });
        for d in 0..6 {
            line.push(char::from(b'0' + ((i + d) % 10) as u8));
        }
        if line.starts_with("error") {
            total += line.len();
        }
    }
    total
}

fn main() {
    println!("{} bytes of errors", summarize(2000));
}
