// summarize builds n log lines and returns the total length of the error lines.
fn summarize(n: u64) -> usize {
    // Every line is kept until the end, though each is looked at once.
    let mut lines: Vec<String> = Vec::new();
    for i in 0..n {
        let mut line = String::new();
        line.push_str(if i % 7 == 0 { "error " } else { "ok " });
        for d in 0..6 {
            line.push(char::from(b'0' + ((i + d) % 10) as u8));
        }
        lines.push(line);
    }
    let mut total = 0;
    for line in &lines {
        if line.starts_with("error") {
            total += line.len();
        }
    }
    total
}

fn main() {
    println!("{} bytes of errors", summarize(2000));
}
