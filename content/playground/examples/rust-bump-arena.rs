// A bump arena (bumpalo): values come out of chunks the arena gets from
// the global allocator, each chunk about twice the last. The allocator
// sees a few chunks, not 1000 points; all of it is freed at once.
use bumpalo::Bump;

struct Point {
    x: i64,
    y: i64,
}

fn main() {
    let bump: Bump = Bump::new();
    let mut sum: i64 = 0;
    let mut prev: usize = bump.allocated_bytes();
    for i in 0..1000i64 {
        let p: &mut Point = bump.alloc(Point { x: i, y: 2 * i });
        p.y += 1;
        sum += p.x + p.y;
        if bump.allocated_bytes() != prev {
            println!("after {} points: allocated_bytes {}", i + 1, bump.allocated_bytes());
            prev = bump.allocated_bytes();
        }
    }
    println!("sum {}", sum);
}
