// Write into the caller's String instead of returning a new one: path_into
// borrows its inputs and appends to `out`, which keeps its capacity.
// Try: compare with B, where path() returns a new String per call.
fn path_into(dir: &str, name: &str, out: &mut String) {
    out.clear();
    out.push_str(dir);
    out.push('/');
    out.push_str(name);
    out.push_str(".log");
}

fn main() {
    let names = ["alpha", "bravo", "charlie", "delta"];
    let mut out = String::new();
    let mut total = 0;
    for i in 0..1000 {
        path_into("/var/log/app", names[i % 4], &mut out);
        total += out.len();
    }
    println!("bytes built: {} capacity: {}", total, out.capacity());
}
