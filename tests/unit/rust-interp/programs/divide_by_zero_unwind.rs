fn depth(n: u32, acc: &mut Vec<u32>) -> u32 {
    let guard = Box::new(n);
    acc.push(n);
    if n == 0 {
        let zero: u32 = acc.len() as u32 - acc.len() as u32;
        return 10 / zero;
    }
    depth(n - 1, acc) + *guard
}
fn main() {
    let mut acc: Vec<u32> = Vec::new();
    let s = String::from("outer");
    println!("{}", s);
    let r = depth(3, &mut acc);
    println!("{}", r);
}
