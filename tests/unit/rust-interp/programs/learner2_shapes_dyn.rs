use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle r={}", self.r)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}x{}", self.w, self.h)
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Circle { r: 1.0 }));
    shapes.push(Box::new(Rect { w: 2.0, h: 3.0 }));
    shapes.push(Box::new(Circle { r: 0.5 }));
    for s in &shapes {
        println!("{} -> {:.2}", s.name(), s.area());
    }
    println!("total {:.3}", total_area(&shapes));
    let r = Rect { w: 4.0, h: 5.0 };
    println!("rect {} area {}", r, r.area());
}
