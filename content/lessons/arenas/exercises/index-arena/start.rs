use std::cell::RefCell;
use std::rc::Rc;

// A tree node that owns its children through shared pointers.
struct Node {
    value: u32,
    children: Vec<Rc<RefCell<Node>>>,
}

fn sum(node: &Rc<RefCell<Node>>) -> u64 {
    let node = node.borrow();
    let mut total = node.value as u64;
    for c in &node.children {
        total += sum(c);
    }
    total
}

// tree_sum builds a tree of n nodes (node i hangs under node (i - 1) / 4) and sums its values.
fn tree_sum(n: usize) -> u64 {
    let mut all: Vec<Rc<RefCell<Node>>> = Vec::with_capacity(n);
    for i in 0..n {
        let node = Rc::new(RefCell::new(Node { value: i as u32, children: Vec::new() }));
        if i > 0 {
            all[(i - 1) / 4].borrow_mut().children.push(Rc::clone(&node));
        }
        all.push(node);
    }
    sum(&all[0])
}

fn main() {
    println!("sum {}", tree_sum(1000));
}
