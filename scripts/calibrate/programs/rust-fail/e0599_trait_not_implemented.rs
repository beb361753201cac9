// A trait's method exists only on the types that implement the trait
trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

struct Square {
    side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    let q = Square { side: 2.0 };
    println!("{}", c.area());
    println!("{}", q.area());
}
