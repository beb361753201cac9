// A binary search tree of Option<Box<Node>> with recursive methods (&mut self insert through a
// `&mut Option` chosen at run time, &self sum and depth).
struct Tree {
    root: Option<Box<Node>>,
    size: usize,
}

struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn new(key: i32) -> Self {
        Node { key, left: None, right: None }
    }

    fn insert(&mut self, key: i32) {
        let slot = if key < self.key { &mut self.left } else { &mut self.right };
        match slot {
            Some(n) => n.insert(key),
            None => *slot = Some(Box::new(Node::new(key))),
        }
    }

    fn sum(&self) -> i64 {
        let mut s = self.key as i64;
        if let Some(l) = &self.left {
            s += l.sum();
        }
        if let Some(r) = &self.right {
            s += r.sum();
        }
        s
    }

    fn depth(&self) -> usize {
        let l = match &self.left {
            Some(n) => n.depth(),
            None => 0,
        };
        let r = match &self.right {
            Some(n) => n.depth(),
            None => 0,
        };
        1 + l.max(r)
    }
}

impl Tree {
    fn new() -> Tree {
        Tree { root: None, size: 0 }
    }

    fn insert(&mut self, key: i32) {
        match &mut self.root {
            Some(n) => n.insert(key),
            None => self.root = Some(Box::new(Node::new(key))),
        }
        self.size += 1;
    }
}

fn main() {
    let mut t = Tree::new();
    for k in [50, 30, 70, 20, 40, 60, 80, 10] {
        t.insert(k);
    }
    println!("size {}", t.size);
    if let Some(root) = &t.root {
        println!("sum {} depth {}", root.sum(), root.depth());
    }
}
