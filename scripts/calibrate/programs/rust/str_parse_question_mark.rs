// `?` on parse errors: a function returning Result<_, ParseIntError> passes
// the first bad field up unchanged (std::num::ParseIntError names the type).
// Only the Vec of points allocates.
use std::num::ParseIntError;

fn parse_point(s: &str) -> Result<(i32, i32), ParseIntError> {
    let (x, y) = match s.trim().split_once(',') {
        Some(pair) => pair,
        None => (s, "0"),
    };
    let x = x.trim().parse::<i32>()?;
    let y: i32 = y.trim().parse()?;
    Ok((x, y))
}

fn sum_all(items: &[&str]) -> Result<i32, ParseIntError> {
    let mut total = 0;
    for s in items {
        let (x, y) = parse_point(s)?;
        total += x * y;
    }
    Ok(total)
}

fn main() {
    let inputs = ["1,2", " 3 , 4 ", "5", "x,1", "7,"];
    let mut points: Vec<(i32, i32)> = Vec::new();
    for s in inputs {
        match parse_point(s) {
            Ok(p) => points.push(p),
            Err(e) => println!("{:?}: {}", s, e),
        }
    }
    println!("{:?}", points);
    println!("{:?}", sum_all(&["1,2", "3,4"]));
    match sum_all(&["1,2", "3,-"]) {
        Ok(t) => println!("{}", t),
        Err(e) => println!("error: {:?}", e),
    }
}
