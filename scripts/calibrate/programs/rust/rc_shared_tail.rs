// Two lists sharing one tail through Option<Rc<Node>>: each Node is its own RcBox (16 + 16 bytes), the shared tail is freed only when both lists are gone
use std::rc::Rc;

struct Node {
    value: i32,
    next: Option<Rc<Node>>,
}

fn sum(list: &Option<Rc<Node>>) -> i32 {
    let mut total = 0;
    let mut cur = list;
    while let Some(node) = cur {
        total += node.value;
        cur = &node.next;
    }
    total
}

fn main() {
    let tail = Rc::new(Node { value: 10, next: Some(Rc::new(Node { value: 20, next: None })) });
    let a = Some(Rc::new(Node { value: 1, next: Some(Rc::clone(&tail)) }));
    let b = Some(Rc::new(Node { value: 2, next: Some(Rc::clone(&tail)) }));
    println!("tail owners: {}", Rc::strong_count(&tail));
    println!("sum a = {}, sum b = {}", sum(&a), sum(&b));
    drop(tail);
    drop(a);
    println!("sum b = {}", sum(&b));
}
