// A: a Vec<Point> stores the points inline, one after another in a single
// buffer: one allocation. Program B boxes each point: one allocation per
// point plus the Vec's buffer of pointers, and as many frees at the end.
struct Point {
    x: i64,
    y: i64,
}

fn main() {
    let n = 1000;
    let mut pts: Vec<Point> = Vec::with_capacity(n);
    for i in 0..n as i64 {
        pts.push(Point { x: i, y: 2 * i });
    }
    let mut sx = 0;
    let mut sy = 0;
    for p in &pts {
        sx += p.x;
        sy += p.y;
    }
    println!("points: {} sum: {} {}", pts.len(), sx, sy);
}
