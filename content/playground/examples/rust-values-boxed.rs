// Box::new asks for the heap: one allocation of exactly size_of::<Vec3>()
// per call. Moving the Box (into sum_of) copies only the pointer; the
// block is freed when the Box is dropped at the end of sum_of.
struct Vec3 {
    x: i64,
    y: i64,
    z: i64,
}

fn new_vec(x: i64) -> Box<Vec3> {
    Box::new(Vec3 { x: x, y: x * 2, z: x * 3 })
}

fn sum_of(v: Box<Vec3>) -> i64 {
    v.x + v.y + v.z
}

fn main() {
    let mut sum = 0;
    for i in 0..100 {
        let v = new_vec(i);
        sum += sum_of(v);
    }
    println!("sum: {}", sum);
}
