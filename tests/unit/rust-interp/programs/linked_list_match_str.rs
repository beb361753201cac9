struct Node {
    val: u32,
    next: Option<Box<Node>>,
}
fn build(n: u32) -> Option<Box<Node>> {
    let mut head: Option<Box<Node>> = None;
    for i in 0..n {
        head = Some(Box::new(Node { val: i, next: head }));
    }
    head
}
fn sum(list: &Option<Box<Node>>) -> u32 {
    let mut total = 0;
    let mut cur = list;
    while let Some(node) = cur {
        total += node.val;
        cur = &node.next;
    }
    total
}
fn main() {
    let list = build(4);
    println!("{}", sum(&list));
    let x;
    if sum(&list) > 3 { x = 1; } else { x = 2; }
    let word = String::from("two");
    let n = match word.as_str() {
        "one" => 1,
        "two" => 2,
        _ => 0,
    };
    let mut stack: Vec<Vec<u8>> = Vec::new();
    for i in 0..3 {
        let mut row = Vec::with_capacity(i);
        row.push(i as u8);
        stack.push(row);
    }
    let top = stack.pop().unwrap();
    println!("{} {} {:?} {}", x, n, top, stack.len());
    let mut s = String::new();
    let parts = ["a", "b", "c"];
    for p in parts.iter() {
        s = s + p;
    }
    println!("{}", s);
}
