// render builds one line per record and returns how many bytes it wrote.
fn render(n: u64) -> usize {
    let mut total = 0;
    for i in 0..n {
        let mut line = String::new();
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
