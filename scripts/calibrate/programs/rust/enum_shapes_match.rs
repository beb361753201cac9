// An enum with data: unit, tuple and struct variants in one type. `match` binds the fields
// of the variant it matches; size_of shows the largest variant plus the tag (no heap).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
    Point,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14159 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Triangle(a, b, c) => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
        Shape::Point => 0.0,
    }
}

fn name(s: Shape) -> &'static str {
    match s {
        Shape::Circle(_) => "circle",
        Shape::Rect { .. } => "rect",
        Shape::Triangle(..) => "triangle",
        Shape::Point => "point",
    }
}

fn main() {
    let shapes = [Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 4.5 }, Shape::Triangle(3.0, 4.0, 5.0), Shape::Point];
    let mut total = 0.0;
    for s in &shapes {
        let a = area(s);
        total += a;
        println!("{:?} is a {} with area {:.2}", s, name(*s), a);
    }
    println!("total {:.3}", total);
    println!("size_of::<Shape>() = {}", std::mem::size_of::<Shape>());
    println!("{}", shapes[3] == Shape::Point);
}
