// A trait's associated constants: declared in the trait (with or without a default), given by each impl, read as Self::N or T::N
trait Polygon {
    const SIDES: u32;
    const NAME: &'static str = "polygon";
    fn side(&self) -> f64;
    fn perimeter(&self) -> f64 {
        self.side() * Self::SIDES as f64
    }
}

struct Tri {
    s: f64,
}

struct Square {
    s: f64,
}

impl Polygon for Tri {
    const SIDES: u32 = 3;
    fn side(&self) -> f64 {
        self.s
    }
}

impl Polygon for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
    fn side(&self) -> f64 {
        self.s
    }
}

fn describe<P: Polygon>(p: &P) -> String {
    format!("{} with {} sides, perimeter {}", P::NAME, P::SIDES, p.perimeter())
}

fn main() {
    println!("{}", describe(&Tri { s: 2.0 }));
    println!("{}", describe(&Square { s: 1.5 }));
    println!("{}", Tri::SIDES + Square::SIDES);
}
