// A singly linked list of boxed nodes with methods. `self.head` is an
// Option<Box<Node>>: each push allocates one Box (the node: value + next
// pointer), and method calls auto-deref through &, &mut and Box.
struct Node {
    value: u64,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl Node {
    fn value(&self) -> u64 {
        self.value
    }
}

impl List {
    fn new() -> List {
        List { head: None, len: 0 }
    }

    fn push(&mut self, value: u64) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<u64> {
        match self.head.take() {
            Some(node) => {
                let node = *node;
                self.head = node.next;
                self.len -= 1;
                Some(node.value)
            }
            None => None,
        }
    }

    fn first(&self) -> u64 {
        match &self.head {
            Some(n) => n.value(),
            None => 0,
        }
    }
}

fn main() {
    let mut list = List::new();
    for i in 1..=5 {
        list.push(i * 10);
    }
    println!("len {} first {}", list.len, list.first());
    let a = list.pop();
    let b = list.pop();
    println!("popped {:?} {:?}, len {}", a, b, list.len);
    let boxed = Box::new(Node { value: 7, next: None });
    println!("boxed value {}", boxed.value());
}
