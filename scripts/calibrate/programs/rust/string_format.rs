// format! builds a new String: it estimates the capacity from the literal
// pieces (doubled when there are arguments) and grows like push_str if the
// formatted arguments do not fit.
fn main() {
    let name: String = String::from("gopher");
    let n: u32 = 42;
    let a: String = format!("{}", n);
    println!("{:?} len {} cap {}", a, a.len(), a.capacity());
    let b: String = format!("hello, {}!", name);
    println!("{:?} len {} cap {}", b, b.len(), b.capacity());
    let c: String = format!("{}-{}-{}-{}", name, n, name, n);
    println!("{:?} len {} cap {}", c, c.len(), c.capacity());
    let d: String = format!(
        "a rather long literal piece with one argument at the end: {}",
        n
    );
    println!("len {} cap {}", d.len(), d.capacity());
    let mut lines: Vec<String> = Vec::new();
    for i in 0..5 {
        lines.push(format!("line {}", i));
    }
    println!("{:?}", lines);
}
