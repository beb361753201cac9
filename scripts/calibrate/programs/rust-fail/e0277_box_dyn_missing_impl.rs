// Only a type that implements the trait coerces to a trait object: Box<Square> is not a Box<dyn Shape>
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
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Circle { r: 1.0 }));
    shapes.push(Box::new(Square { side: 2.0 }));
    println!("{}", shapes.len());
}
