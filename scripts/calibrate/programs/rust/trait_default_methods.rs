// A trait with a required method and a provided one that calls it: each impl gets the default body
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
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
        String::from("circle")
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        String::from("rect")
    }
    fn describe(&self) -> String {
        format!("a {}x{} rect", self.w, self.h)
    }
}

fn main() {
    let c = Circle { r: 1.5 };
    let r = Rect { w: 2.0, h: 3.0 };
    println!("{}", c.describe());
    println!("{}", r.describe());
    println!("{}", Shape::area(&r));
    println!("{}", <Circle as Shape>::name(&c));
}
