// Passing a value by move to a function ends its life; a reference into it cannot outlive that.
fn consume(v: Vec<String>) -> usize {
    v.len()
}

fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let first = &names[0];
    let n = consume(names);
    println!("{} {}", first, n);
}
