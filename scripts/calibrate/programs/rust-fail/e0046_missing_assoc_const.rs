// An associated constant the trait declares without a value must be given by every impl, like a required method
trait Polygon {
    const SIDES: u32;
    fn side(&self) -> f64;
    fn perimeter(&self) -> f64 {
        self.side() * Self::SIDES as f64
    }
}

struct Square {
    s: f64,
}

impl Polygon for Square {
    fn side(&self) -> f64 {
        self.s
    }
}

fn main() {
    let q = Square { s: 2.0 };
    println!("{}", q.perimeter());
}
