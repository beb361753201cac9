struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn main() {
    let c = Countdown { n: 5 };
    let v: Vec<u32> = c.collect();
    println!("{:?}", v);
    let evens: u32 = Countdown { n: 10 }.filter(|x| x % 2 == 0).sum();
    println!("sum of evens {}", evens);
    for (i, x) in (Countdown { n: 3 }).enumerate() {
        println!("{} {}", i, x);
    }
}
