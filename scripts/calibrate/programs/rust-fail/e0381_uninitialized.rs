// A `let x;` binding must be assigned on every path before it is read.
fn main() {
    let x: i32;
    let n = 3;
    if n > 2 {
        x = 1;
    }
    println!("{}", x);
}
