// Bump::with_capacity(n) gets a first chunk of at least n bytes up front.
// reset() keeps only the most recent (largest) chunk and frees the others,
// so a second round of the same allocations needs no new chunk.
use bumpalo::Bump;

fn fill(bump: &Bump, n: u64) -> u64 {
    let mut s: u64 = 0;
    for i in 0..n {
        let v: &mut u64 = bump.alloc(i);
        s += *v;
    }
    s
}

fn main() {
    let mut bump: Bump = Bump::with_capacity(4096);
    println!(
        "with_capacity(4096): allocated_bytes {}",
        bump.allocated_bytes()
    );
    let a: u64 = fill(&bump, 256);
    println!(
        "256 u64s: sum {} allocated_bytes {}",
        a,
        bump.allocated_bytes()
    );
    let b: u64 = fill(&bump, 2000);
    println!(
        "2000 more: sum {} allocated_bytes {}",
        b,
        bump.allocated_bytes()
    );
    bump.reset();
    println!("reset: allocated_bytes {}", bump.allocated_bytes());
    let c: u64 = fill(&bump, 2000);
    println!(
        "2000 again: sum {} allocated_bytes {}",
        c,
        bump.allocated_bytes()
    );
}
