// The loop variable lives for one iteration only: a reference to it cannot be kept in an outer Vec.
fn main() {
    let mut refs: Vec<&u32> = Vec::new();
    for i in 0..3 {
        refs.push(&i);
    }
    println!("{}", refs.len());
}
