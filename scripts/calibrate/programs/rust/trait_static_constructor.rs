// A trait's associated function without self (`fn new() -> Self`) called through a type parameter: T::new()
trait Make {
    fn make(seed: u32) -> Self;
    fn value(&self) -> u32;
}

struct Doubler {
    v: u32,
}

struct Words {
    w: Vec<String>,
}

impl Make for Doubler {
    fn make(seed: u32) -> Self {
        Doubler { v: seed * 2 }
    }
    fn value(&self) -> u32 {
        self.v
    }
}

impl Make for Words {
    fn make(seed: u32) -> Self {
        let mut w = Vec::new();
        for i in 0..seed {
            w.push(format!("w{}", i));
        }
        Words { w }
    }
    fn value(&self) -> u32 {
        self.w.len() as u32
    }
}

fn build<T: Make>(seed: u32) -> T {
    T::make(seed)
}

fn sum_of<T>(a: u32, b: u32) -> u32
where
    T: Make,
{
    let x: T = build(a);
    let y = T::make(b);
    x.value() + y.value()
}

fn main() {
    let d: Doubler = build(21);
    println!("{}", d.value());
    let w = build::<Words>(3);
    println!("{} {}", w.value(), w.w[2]);
    println!("{}", sum_of::<Doubler>(1, 2));
    println!("{}", sum_of::<Words>(2, 2));
    println!("{}", Doubler::make(5).value());
}
