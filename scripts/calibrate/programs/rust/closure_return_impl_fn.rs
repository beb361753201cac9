// Returning closures: `impl Fn` is returned by value (no allocation), `Box<dyn Fn>`
// allocates the captured state; both must be `move` to own what they use.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_boxed(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x * n)
}

fn main() {
    let add5 = make_adder(5);
    let times3 = make_boxed(3);
    println!("{} {}", add5(1), times3(4));
    let mut fs: Vec<Box<dyn Fn(i32) -> i32>> = Vec::new();
    for i in 1..4 {
        fs.push(Box::new(move |x| x + i));
    }
    for f in &fs {
        println!("{}", f(10));
    }
}
