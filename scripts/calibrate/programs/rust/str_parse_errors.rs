// `parse` returns a Result: ParseIntError / ParseFloatError print std's
// Display and Debug texts; `unwrap` on one panics with the Debug form.
fn main() {
    let inputs = ["42", "-7", "", "abc", "300", "+5", "12x"];
    for s in inputs {
        match s.parse::<u8>() {
            Ok(v) => println!("{:?} -> {}", s, v),
            Err(e) => println!("{:?} -> error: {} / {:?}", s, e, e),
        }
    }
    let r: Result<i32, _> = "-2147483649".parse();
    println!("{:?}", r);
    let f: f64 = "2.5".parse().unwrap();
    println!("{}", f * 2.0);
    match "x1.0".parse::<f64>() {
        Ok(v) => println!("{}", v),
        Err(e) => println!("float error: {} / {:?}", e, e),
    }
    match "".parse::<f32>() {
        Ok(v) => println!("{}", v),
        Err(e) => println!("float error: {} / {:?}", e, e),
    }
    let n: i32 = "nope".parse().unwrap();
    println!("{}", n);
}
