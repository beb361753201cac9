// impl fmt::Display with write!/writeln! and ?, nested Display calls, to_string and format! of a
// Display type, a &mut Self returned for chaining, derive(Debug, Clone, PartialEq) with methods.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn origin() -> Self {
        Point { x: 0.0, y: 0.0 }
    }
    fn dist(&self, other: &Point) -> f64 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }
    fn translate(&mut self, dx: f64, dy: f64) {
        self.x += dx;
        self.y += dy;
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:.1}, {:.1})", self.x, self.y)
    }
}

struct Polygon {
    name: String,
    pts: Vec<Point>,
}

impl Polygon {
    fn new(name: &str) -> Polygon {
        Polygon { name: name.to_string(), pts: Vec::new() }
    }
    fn add(&mut self, p: Point) -> &mut Polygon {
        self.pts.push(p);
        self
    }
    fn perimeter(&self) -> f64 {
        let mut total = 0.0;
        for i in 0..self.pts.len() {
            let j = (i + 1) % self.pts.len();
            total += self.pts[i].dist(&self.pts[j]);
        }
        total
    }
}

impl fmt::Display for Polygon {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "{} with {} points:", self.name, self.pts.len())?;
        for p in &self.pts {
            writeln!(f, "  {}", p)?;
        }
        write!(f, "perimeter {:.3}", self.perimeter())
    }
}

fn main() {
    let mut sq = Polygon::new("square");
    sq.add(Point::origin()).add(Point { x: 2.0, y: 0.0 });
    sq.add(Point { x: 2.0, y: 2.0 });
    sq.add(Point { x: 0.0, y: 2.0 });
    println!("{}", sq);
    let mut p = sq.pts[1].clone();
    p.translate(1.0, 1.0);
    println!("{:?} {}", p, p == sq.pts[1]);
    let s = sq.to_string();
    println!("{} bytes, cap {}", s.len(), s.capacity());
    let t = format!("[{}]", p);
    println!("{} {}", t, t.capacity());
}
