// An impl of a trait must define every item the trait declares without a default body
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("{} with area {}", self.name(), self.area())
    }
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    println!("{}", c.describe());
}
