// count_fields returns how many comma-separated fields of line are not empty.
fn count_fields(line: &str) -> usize {
    let mut n = 0;
    for f in line.split(',') {
        // f is a &str borrowed from line: nothing is copied
        if !f.is_empty() {
            n += 1;
        }
    }
    n
}

fn main() {
    let n = count_fields("id,name,,email,,city,zip,country,,phone");
    println!("{} non-empty fields", n);
}
