// Enums and tuple structs inside a module, named by path in constructors,
// match arms and let patterns (`shapes::Shape::Circle(r)`) or through `use`;
// only the Vec of shapes allocates (the enum is 24 bytes).
mod shapes {
    #[derive(Debug)]
    pub enum Shape {
        Circle(f64),
        Rect { w: f64, h: f64 },
    }
    pub fn area(s: &Shape) -> f64 {
        match s {
            Shape::Circle(r) => 3.0 * r * r,
            Shape::Rect { w, h } => w * h,
        }
    }
    pub struct Meters(pub u32);
}
use shapes::Shape;
fn main() {
    let v = vec![shapes::Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }];
    for s in &v {
        match s {
            shapes::Shape::Circle(r) => println!("circle {}", r),
            Shape::Rect { w, .. } => println!("rect {}", w),
        }
        println!("{} {:?}", shapes::area(s), s);
    }
    let m = shapes::Meters(5);
    let shapes::Meters(x) = m;
    println!("{}", x);
}
