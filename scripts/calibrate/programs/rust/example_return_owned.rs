// Return an owned String per call: format! starts every path() result empty
// and grows it as it writes, and the String is freed at the end of its iteration.
fn path(dir: &str, name: &str) -> String {
    format!("{}/{}.log", dir, name)
}

fn main() {
    let names = ["alpha", "bravo", "charlie", "delta"];
    let mut total = 0;
    for i in 0..1000 {
        let p = path("/var/log/app", names[i % 4]);
        total += p.len();
    }
    println!("bytes built: {}", total);
}
