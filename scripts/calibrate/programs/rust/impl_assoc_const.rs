// Associated constants and functions: `Self::CAPACITY` is known at compile
// time, so `Vec::with_capacity(Self::CAPACITY)` allocates exactly once and
// pushing up to that many elements never reallocates.
struct Ring {
    buf: Vec<u32>,
    next: usize,
}

impl Ring {
    const CAPACITY: usize = 8;

    fn new() -> Ring {
        Ring { buf: Vec::with_capacity(Self::CAPACITY), next: 0 }
    }

    fn put(&mut self, x: u32) {
        if self.buf.len() < Ring::CAPACITY {
            self.buf.push(x);
        } else {
            self.buf[self.next] = x;
        }
        self.next = (self.next + 1) % Self::CAPACITY;
    }
}

fn main() {
    let mut r = Ring::new();
    for i in 0..20 {
        r.put(i);
    }
    println!("{:?}", r.buf);
    println!("len {} cap {} next {}", r.buf.len(), r.buf.capacity(), r.next);
}
