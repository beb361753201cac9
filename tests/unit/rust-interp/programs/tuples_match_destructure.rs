// Tuples: match on tuple patterns (with a guard, on bools), returning and destructuring tuples,
// nested tuple patterns, `for (a, b) in &pairs` and `&mut pairs`, 1-tuples and {:#?}.
fn classify(p: (i32, i32)) -> String {
    let s = match p {
        (0, 0) => "origin",
        (0, _) => "y axis",
        (_, 0) => "x axis",
        (x, y) if x == y => "diagonal",
        _ => "plane",
    };
    s.to_string()
}

fn bools(a: bool, b: bool) -> u8 {
    match (a, b) {
        (true, true) => 3,
        (true, false) => 2,
        (false, true) => 1,
        (false, false) => 0,
    }
}

fn stats(v: &[u32]) -> (u32, u32, f64) {
    let mut sum = 0;
    let mut max = 0;
    for &x in v {
        sum += x;
        if x > max {
            max = x;
        }
    }
    (sum, max, sum as f64 / v.len() as f64)
}

fn main() {
    for p in [(0, 0), (0, 5), (3, 0), (4, 4), (1, 2)] {
        println!("{:?} -> {}", p, classify(p));
    }
    println!("{} {} {}", bools(true, false), bools(false, true), bools(true, true));
    let (sum, max, avg) = stats(&[3, 9, 4]);
    println!("sum {} max {} avg {:.2}", sum, max, avg);
    let nested = ((1, 2), (String::from("x"), 3.5));
    let ((a, b), (s, f)) = nested;
    println!("{} {} {} {}", a, b, s, f);
    let pairs = vec![(String::from("one"), 1), (String::from("two"), 2)];
    for (name, n) in &pairs {
        println!("{} = {}", name, n);
    }
    let mut counts = vec![(1u8, 0u32), (2, 0)];
    for (k, c) in &mut counts {
        *c += *k as u32 * 10;
    }
    println!("{:?}", counts);
    let single = (5,);
    println!("{:?} {:#?}", single, (1, "a"));
}
