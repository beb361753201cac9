// The same tree of 100 nodes, built twice. With Rc<RefCell<Node>> every node is its own heap
// allocation (the RcBox holds two counts and the RefCell's borrow flag beside the node), and every
// parent's children Vec grows on its own. With an index arena all nodes live in one Vec and the links
// are plain usize indices: a handful of allocations, all freed together when the arena is dropped.
use std::cell::RefCell;
use std::rc::Rc;

struct RcNode {
    value: u32,
    children: Vec<Rc<RefCell<RcNode>>>,
}

struct Node {
    value: u32,
    children: Vec<usize>,
}

fn rc_sum(n: &Rc<RefCell<RcNode>>) -> u32 {
    let node = n.borrow();
    let mut total = node.value;
    for c in &node.children {
        total += rc_sum(c);
    }
    total
}

fn arena_sum(nodes: &Vec<Node>, i: usize) -> u32 {
    let mut total = nodes[i].value;
    for &c in &nodes[i].children {
        total += arena_sum(nodes, c);
    }
    total
}

fn main() {
    let n = 100;

    // Rc<RefCell<...>>: node i hangs under node (i - 1) / 4.
    let mut all: Vec<Rc<RefCell<RcNode>>> = Vec::with_capacity(n);
    for i in 0..n {
        let node = Rc::new(RefCell::new(RcNode { value: i as u32, children: Vec::new() }));
        if i > 0 {
            all[(i - 1) / 4].borrow_mut().children.push(Rc::clone(&node));
        }
        all.push(node);
    }
    println!("Rc tree sum {}", rc_sum(&all[0]));
    drop(all);

    // An index arena: the same shape, the links are indices into one Vec.
    let mut nodes: Vec<Node> = Vec::with_capacity(n);
    for i in 0..n {
        nodes.push(Node { value: i as u32, children: Vec::new() });
        if i > 0 {
            nodes[(i - 1) / 4].children.push(i);
        }
    }
    println!("arena tree sum {}", arena_sum(&nodes, 0));
}
