// render builds one line per record and returns how many bytes it wrote.
fn render(n: u64) -> usize {
    let mut total = 0;
    let mut line = String::new(); // one buffer for every line
    for i in 0..n {
        line.clear(); // length 0, capacity kept
        line.push_str("record ");
        for d in 0..8 {
            line.push(char::from(b'0' + ((i + d) % 10) as u8));
        }
        line.push('\n');
        total += line.len();
    }
    total
}

fn main() {
    println!("{} bytes", render(500));
}
