// `count += 1` writes count: refused while a reference to it is still used.
fn main() {
    let mut count = 0;
    let r = &count;
    count += 1;
    println!("{} {}", r, count);
}
