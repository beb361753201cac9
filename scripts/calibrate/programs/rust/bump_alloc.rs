// bumpalo's Bump hands out memory from chunks it gets from the global
// allocator: Bump::new() allocates nothing, the first alloc gets a small
// chunk, and every time a chunk is full the next one is about twice as big.
// The global allocator (and so the figures) sees only the chunks, not the
// individual values; everything is freed at once when the Bump is dropped.
use bumpalo::Bump;

struct Point {
    x: i64,
    y: i64,
}

fn main() {
    let bump: Bump = Bump::new();
    println!("new: allocated_bytes {}", bump.allocated_bytes());
    let mut sum: i64 = 0;
    let mut prev: usize = bump.allocated_bytes();
    for i in 0..1000i64 {
        let p: &mut Point = bump.alloc(Point { x: i, y: 2 * i });
        p.y += 1;
        sum += p.x + p.y;
        if bump.allocated_bytes() != prev {
            println!(
                "after {} points: allocated_bytes {}",
                i + 1,
                bump.allocated_bytes()
            );
            prev = bump.allocated_bytes();
        }
    }
    println!("sum {}", sum);
}
