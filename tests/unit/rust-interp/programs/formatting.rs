#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}
#[derive(Debug)]
struct Line {
    from: Point,
    to: Point,
    label: String,
}
fn main() {
    let p = Point { x: 1, y: -2 };
    let q = p;
    let l = Line { from: p, to: Point { x: 3, y: 4 }, label: String::from("diag\tonal \"q\"") };
    println!("{:?} {:?} {}", p, q, p == q);
    println!("{:#?}", l);
    println!("{:?} {:?}", vec![Some(1u8), None], vec![vec![1.5f32, 2.0], vec![]]);
    println!("[{:8.3}] [{:<8}] [{:>+6}] [{:^9?}] [{:08.2}]", 3.14159f64, true, 42i64, 'x', -2.5f64);
    println!("{} {} {} {}", 1.1f32, 16777217.0f32, f64::MAX, f64::MIN_POSITIVE);
    println!("{:?} {:?} {:?} {}", 1e16f64, 1.5e-5f64, 0.0001f64, -0.0f64);
    let s = format!("{:>10}|{:-^7}|{:5}", "right", "mid", 1234.5f64);
    println!("{} {}", s, s.len());
    let w = format!("{x}/{y}", x = 3, y = 4);
    let name = "inline";
    let z = format!("{name} and {0} and {0:?}", name);
    println!("{} {} {} {}", w, z, w.capacity(), z.capacity());
    let long = format!("a fairly long literal prefix that is more than sixteen bytes {}", 7);
    println!("{} {}", long.len(), long.capacity());
}
