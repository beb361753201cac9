// A binding assigned in only one branch of if/else may be read uninitialized.
fn main() {
    let total: u32;
    let n = 4;
    if n > 5 {
        println!("big");
    } else {
        total = n * 2;
    }
    println!("{}", total);
}
