// Cell<u32> gives a counter mutation through &self without any allocation; RefCell<i64> with *borrow_mut() += n does the same for a value read through a guard
use std::cell::Cell;
use std::cell::RefCell;

struct Stats {
    hits: Cell<u32>,
    total: RefCell<i64>,
}

impl Stats {
    fn record(&self, n: i64) {
        self.hits.set(self.hits.get() + 1);
        *self.total.borrow_mut() += n;
    }
}

fn main() {
    let s = Stats { hits: Cell::new(0), total: RefCell::new(0) };
    for i in 1..=10 {
        s.record(i * 3);
    }
    println!("hits {} total {}", s.hits.get(), s.total.borrow());
    println!("{:?}", s.total);
    println!("size of Cell<u32> {}, RefCell<i64> {}", std::mem::size_of::<Cell<u32>>(), std::mem::size_of::<RefCell<i64>>());
}
