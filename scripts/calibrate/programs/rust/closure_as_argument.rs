// Passing closures to functions: `impl Fn` (static dispatch, no allocation) and
// `&dyn Fn` (a reference to the closure, no allocation either).
fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn apply_twice(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn call_n(mut f: impl FnMut(), n: u32) {
    for _ in 0..n {
        f();
    }
}

fn main() {
    let offset = 100;
    println!("{}", apply(|x| x * 2, 21));
    println!("{}", apply(|x| x + offset, 1));
    println!("{}", apply_twice(&|x| x * x, 3));
    let mut hits = 0;
    call_n(|| hits += 2, 5);
    println!("hits {}", hits);
}
