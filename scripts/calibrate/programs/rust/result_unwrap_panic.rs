// `unwrap()` on an Err panics with the error's Debug form in the message; the message is
// formatted into a String and the panic machinery allocates its payload box, as the
// allocator trace shows.
fn parse_level(s: &str) -> Result<u8, String> {
    if s == "high" {
        Ok(3)
    } else if s == "low" {
        Ok(1)
    } else {
        Err(format!("unknown level {}", s))
    }
}

fn main() {
    let a = parse_level("high").unwrap();
    println!("a = {}", a);
    let b = parse_level("low").expect("low is a level");
    println!("b = {}", b);
    let c = parse_level("medium").unwrap();
    println!("c = {}", c);
}
