// Trait objects mutated through &mut (iter_mut, &mut dyn), returned by reference from a Vec<Box<dyn Trait>>, moved as a Box
use std::fmt;
trait Shape {
    fn area(&self) -> f64;
    fn grow(&mut self, k: f64);
    fn name(&self) -> String { String::from("shape") }
}
#[derive(Debug, Clone)]
struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn grow(&mut self, k: f64) { self.r *= k; }
    fn name(&self) -> String { format!("circle r={}", self.r) }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn grow(&mut self, k: f64) { self.w *= k; self.h *= k; }
}
impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}x{}", self.w, self.h) }
}
fn biggest(shapes: &Vec<Box<dyn Shape>>) -> &Box<dyn Shape> {
    let mut best = &shapes[0];
    for s in shapes.iter() {
        if s.area() > best.area() { best = s; }
    }
    best
}
fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}
fn make_all() -> Vec<Box<dyn Shape>> {
    let mut v: Vec<Box<dyn Shape>> = Vec::new();
    v.push(Box::new(Circle { r: 1.0 }));
    v.push(Box::new(Rect { w: 2.0, h: 5.0 }));
    v
}
fn main() {
    let mut shapes = make_all();
    for s in shapes.iter_mut() { s.grow(2.0); }
    for s in &mut shapes { s.grow(0.5); }
    println!("{}", biggest(&shapes).name());
    println!("{:.1}", total(&shapes));
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("{:?}", names);
    let r = Rect { w: 1.0, h: 2.0 };
    let d: &dyn Shape = &r;
    println!("{} {}", r, d.area());
    let mut c = Circle { r: 2.0 };
    let m: &mut dyn Shape = &mut c;
    m.grow(3.0);
    println!("{:?}", c);
    let b: Box<dyn Shape> = Box::new(c.clone());
    let moved = b;
    println!("{}", moved.name());
}
