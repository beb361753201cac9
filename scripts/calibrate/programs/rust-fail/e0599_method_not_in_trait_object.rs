// Through a trait object only the trait's methods can be called, not the concrete type's own ones
trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

impl Circle {
    fn radius(&self) -> f64 {
        self.r
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn main() {
    let s: Box<dyn Shape> = Box::new(Circle { r: 1.0 });
    println!("{}", s.area());
    println!("{}", s.radius());
}
