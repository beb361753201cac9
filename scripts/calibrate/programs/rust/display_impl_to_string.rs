// `impl fmt::Display` makes a type printable with {}. println! writes the
// pieces straight to stdout (no allocation), while to_string() and format!
// build a String: to_string starts empty and grows with every write the
// formatter makes, format! starts from an estimated capacity.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

struct Path {
    name: String,
    points: Vec<Point>,
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.name)?;
        for p in &self.points {
            write!(f, " {}", p)?;
        }
        Ok(())
    }
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("p = {}", p);
    let s = p.to_string();
    println!("{} has len {} cap {}", s, s.len(), s.capacity());
    let path = Path { name: String::from("walk"), points: vec![Point { x: 0, y: 0 }, Point { x: 10, y: 5 }, p] };
    let text = format!("<{}>", path);
    println!("{} (cap {})", text, text.capacity());
    println!("[{:>12}]", path.points[1]);
}
