// A move inside a loop body happens on every iteration: the second one finds the value gone.
fn main() {
    let s = String::from("x");
    let mut all: Vec<String> = Vec::new();
    for _ in 0..3 {
        all.push(s);
    }
    println!("{}", all.len());
}
