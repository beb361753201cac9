// A borrowed field cannot be assigned while the borrow is alive.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let rx = &p.x;
    p.x = 10;
    println!("{} {}", rx, p.y);
}
