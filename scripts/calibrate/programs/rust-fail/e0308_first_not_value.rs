// v.first() is Option<&u64>: passing it where an Option<u64> is expected does not compile.
fn show(x: Option<u64>) {
    println!("{:?}", x);
}

fn main() {
    let v: Vec<u64> = vec![1, 2];
    show(v.first());
}
