// A reference cannot outlive the block of the value it points to.
fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("{}", r);
}
