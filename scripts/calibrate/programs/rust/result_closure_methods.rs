// Result's closure-taking methods: `map` transforms the Ok value, `map_err` the error (here turning a
// &str into a String: the only allocation on the error path), `and_then` chains a fallible step,
// `unwrap_or_else` computes a fallback from the error, `is_ok_and` tests the value.
fn half(x: i32) -> Result<i32, &'static str> {
    if x % 2 == 0 { Ok(x / 2) } else { Err("odd") }
}

fn main() {
    let a = half(20).map(|x| x + 1);
    let b = half(7).map(|x| x + 1);
    println!("{:?} {:?}", a, b);
    let c: Result<i32, String> = half(9).map_err(|e| format!("bad: {}", e));
    println!("{:?}", c);
    let d = half(40).and_then(|x| half(x)).and_then(|x| half(x));
    let f = half(12).and_then(|x| half(x)).and_then(|x| half(x));
    println!("{:?} {:?}", d, f);
    let g = half(5).unwrap_or_else(|e| e.len() as i32);
    println!("{}", g);
    println!("{} {}", half(8).is_ok_and(|x| x == 4), half(3).is_ok_and(|x| x == 4));
    println!("{}", half(6).map_or(0, |x| x * 10));
}
