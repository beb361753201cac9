// Rust values live on the stack unless you ask for the heap. new_vec
// returns a Vec3 by value (24 bytes copied into the caller's frame):
// 100 calls, no allocation. The only heap block is stdout's line buffer.
// Compare with B, which boxes every Vec3.
struct Vec3 {
    x: i64,
    y: i64,
    z: i64,
}

fn new_vec(x: i64) -> Vec3 {
    Vec3 { x: x, y: x * 2, z: x * 3 }
}

fn sum_of(v: Vec3) -> i64 {
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
