// Methods are functions whose first parameter is the receiver: `&self`
// borrows, `&mut self` borrows mutably, and `c.add(x)` is sugar for
// `Counter::add(&mut c, x)`. The struct lives on the stack; only its Vec
// field's buffer is on the heap, and it grows as pushes go through the method.
struct Counter {
    label: String,
    hits: Vec<u32>,
}

impl Counter {
    fn new(label: &str) -> Counter {
        Counter { label: String::from(label), hits: Vec::new() }
    }

    fn add(&mut self, x: u32) {
        self.hits.push(x);
    }

    fn total(&self) -> u32 {
        let mut t = 0;
        for h in &self.hits {
            t += h;
        }
        t
    }

    fn count(&self) -> usize {
        self.hits.len()
    }
}

fn main() {
    let mut c = Counter::new("clicks");
    for i in 1..=10 {
        c.add(i);
    }
    Counter::add(&mut c, 100);
    let r = &c;
    println!("{}: {} hits, total {}", r.label, r.count(), Counter::total(&c));
    println!("capacity {}", c.hits.capacity());
}
