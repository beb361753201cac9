// Struct patterns take a struct apart by field name: `let Point { x, y } = p;` copies the
// fields out, `..` skips the rest, and a literal in a field makes the pattern refutable.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

struct Person {
    name: String,
    age: u32,
    city: String,
}

fn quadrant(p: Point) -> &'static str {
    match p {
        Point { x: 0, y: 0 } => "origin",
        Point { x: 0, .. } | Point { y: 0, .. } => "axis",
        Point { x, y } if x > 0 && y > 0 => "first",
        Point { x, .. } if x < 0 => "left",
        _ => "fourth",
    }
}

fn main() {
    let p = Point { x: 3, y: -4 };
    let Point { x, y } = p;
    println!("x={} y={}", x, y);
    for q in [Point { x: 0, y: 0 }, Point { x: 0, y: 5 }, Point { x: 2, y: 2 }, Point { x: -1, y: 9 }, p] {
        println!("{:?} -> {}", q, quadrant(q));
    }
    let someone = Person { name: String::from("Ada"), age: 36, city: String::from("London") };
    let Person { name, age, .. } = &someone;
    println!("{} is {}", name, age);
    let Person { name, city, .. } = someone;
    println!("{} lives in {}", name, city);
}
