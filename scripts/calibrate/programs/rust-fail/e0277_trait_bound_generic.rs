// A generic function's bound must hold for the type it is called with: Square does not implement Shape
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

fn print_area<T: Shape>(s: &T) {
    println!("{}", s.area());
}

fn main() {
    let c = Circle { r: 1.0 };
    let q = Square { side: 2.0 };
    print_area(&c);
    print_area(&q);
    println!("{}", q.side);
}
