// An impl of a trait may only define the trait's items: a misspelt method is not a member
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
    fn perimeter(&self) -> f64 {
        6.0 * self.r
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    println!("{}", c.area());
}
