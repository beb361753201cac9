// `impl Trait` in argument position is a generic parameter; in return position the body picks one concrete type
trait Shape {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

struct Tri {
    b: f64,
    h: f64,
}

impl Shape for Tri {
    fn area(&self) -> f64 {
        self.b * self.h / 2.0
    }
}

fn unit_square() -> impl Shape {
    Square { side: 1.0 }
}

fn report(s: &impl Shape) {
    println!("area {}", s.area());
}

fn twice(s: impl Shape) -> f64 {
    s.area() * 2.0
}

fn main() {
    let u = unit_square();
    report(&u);
    report(&Tri { b: 3.0, h: 4.0 });
    println!("{}", twice(Square { side: 3.0 }));
    println!("{}", twice(u));
}
