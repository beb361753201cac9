// impl Iterator for a struct: only next() is written, and for loops, adaptors and collect all work on it
struct Counter {
    n: u32,
    limit: u32,
}

impl Counter {
    fn new(limit: u32) -> Counter {
        Counter { n: 0, limit }
    }
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < self.limit {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

struct Words {
    i: usize,
}

impl Iterator for Words {
    type Item = String;
    fn next(&mut self) -> Option<Self::Item> {
        self.i += 1;
        if self.i <= 3 { Some(format!("w{}", self.i)) } else { None }
    }
}

fn main() {
    for x in Counter::new(3) {
        println!("{}", x);
    }
    let total: u32 = Counter::new(5).zip(Counter::new(5).skip(1)).map(|(a, b)| a * b).filter(|x| x % 3 == 0).sum();
    println!("total {}", total);
    let v: Vec<u32> = Counter::new(6).filter(|x| x % 2 == 0).collect();
    println!("{:?} cap {}", v, v.capacity());
    let mut c = Counter::new(2);
    println!("{:?} {:?} {:?}", c.next(), c.next(), c.next());
    let ws: Vec<String> = Words { i: 0 }.collect();
    println!("{:?} {}", ws, ws.capacity());
    println!("{}", Counter::new(10).take(4).count());
}
