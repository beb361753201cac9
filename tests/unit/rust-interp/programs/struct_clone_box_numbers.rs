#[derive(Debug, Clone)]
struct Node {
    id: u32,
    tags: Vec<String>,
    next: Option<Box<Node>>,
}
fn main() {
    let leaf = Node { id: 2, tags: vec![String::from("x")], next: None };
    let root = Node { id: 1, tags: Vec::new(), next: Some(Box::new(leaf)) };
    let copy = root.clone();
    println!("{:?}", copy);
    let moved = root;
    let t = moved.tags;
    println!("{} {}", moved.id, t.len());
    let arr = [1u16, 2, 3];
    let sl = &arr[1..];
    println!("{:?} {} {}", sl, sl.len(), arr.len());
    let q: i32 = 7 / 2 * -3 % 4;
    let sh: u8 = 200u8 << 1;
    let big: u64 = u64::MAX / 3 + 12345678901234567;
    let wrapped: u64 = big.wrapping_mul(1000);
    println!("{} {} {} {} {}", q, sh, big, wrapped, i64::MIN);
    println!("{} {}", u128::MAX, (300u32 as u8) as char);
}
