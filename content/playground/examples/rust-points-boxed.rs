// B: a Vec<Box<Point>> stores pointers; every Box::new is its own
// allocation somewhere on the heap, and reading a point follows a pointer.
struct Point {
    x: i64,
    y: i64,
}

fn main() {
    let n = 1000;
    let mut pts: Vec<Box<Point>> = Vec::with_capacity(n);
    for i in 0..n as i64 {
        pts.push(Box::new(Point { x: i, y: 2 * i }));
    }
    let mut sx = 0;
    let mut sy = 0;
    for p in &pts {
        sx += p.x;
        sy += p.y;
    }
    println!("points: {} sum: {} {}", pts.len(), sx, sy);
}
