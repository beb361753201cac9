// A generic function may only use what its bounds promise: without `T: Shape`, `area` is unknown for T
trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn print_area<T>(s: T) {
    println!("{}", s.area());
}

fn main() {
    print_area(Circle { r: 1.0 });
}
