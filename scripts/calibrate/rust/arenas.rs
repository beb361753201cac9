// Bump and typed arenas on the real allocator: bumpalo 3.12.0 and typed-arena 2.0.1, both compiled
// from Debian's source packages (librust-bumpalo-dev, librust-typed-arena-dev) by arena.sh, and
// Box per object for comparison. Prints JSON on stdout; every case records each global-allocator
// call (counting_alloc.rs, with alignment) and, for bumpalo, allocated_bytes() and chunk_capacity()
// whenever they change. lib/rust/bump.ts and lib/rust/typed-arena.ts are compared with the output in
// tests/unit/calibration/arena.test.ts.

include!("counting_alloc.rs");

use bumpalo::Bump;
use std::hint::black_box;
use typed_arena::Arena;

// One bumpalo case: allocations of the given sizes (align 8 unless the size is odd: align 1),
// optionally a reset after `reset_at` allocations, then drop.
fn bump_case(name: &str, capacity: usize, sizes: &[usize], reset_at: Option<usize>) -> String {
    // Reserved before measuring, so recording the changes never calls the allocator.
    let mut changes: Vec<(usize, usize, usize)> = Vec::with_capacity(sizes.len() + 1);
    measure_start();
    let mut b = if capacity == 0 { Bump::new() } else { Bump::with_capacity(capacity) };
    let mut last = (usize::MAX, usize::MAX);
    let mut after_reset = (0usize, 0usize);
    for (i, &s) in sizes.iter().enumerate() {
        if reset_at == Some(i) {
            b.reset();
            after_reset = (b.allocated_bytes(), b.chunk_capacity());
            last = (usize::MAX, usize::MAX);
        }
        let align = if s % 8 == 0 { 8 } else { 1 };
        let p = b.alloc_layout(Layout::from_size_align(s, align).unwrap());
        black_box(p);
        let now = (b.allocated_bytes(), b.chunk_capacity());
        if now != last {
            changes.push((i, now.0, now.1));
            last = now;
        }
    }
    drop(b);
    let m = measure_stop_aligned();
    let changes: Vec<String> = changes.iter().map(|(i, a, c)| format!("[{},{},{}]", i, a, c)).collect();
    format!(
        "{{\"name\":\"{}\",\"capacity\":{},\"sizes\":{},\"resetAt\":{},\"afterReset\":[{},{}],\"changes\":[{}],\"alloc\":{}}}",
        name,
        capacity,
        sizes_json(sizes),
        reset_at.map(|r| r.to_string()).unwrap_or("null".into()),
        after_reset.0,
        after_reset.1,
        changes.join(","),
        m
    )
}

fn sizes_json(sizes: &[usize]) -> String {
    // Run-length encoded: [[size, count], ...]
    let mut out: Vec<(usize, usize)> = vec![];
    for &s in sizes {
        match out.last_mut() {
            Some((ls, n)) if *ls == s => *n += 1,
            _ => out.push((s, 1)),
        }
    }
    let parts: Vec<String> = out.iter().map(|(s, n)| format!("[{},{}]", s, n)).collect();
    format!("[{}]", parts.join(","))
}

fn typed_case<T: Copy>(name: &str, v: T, n: usize, extend: usize) -> String {
    measure_start();
    let a: Arena<T> = Arena::new();
    for _ in 0..n {
        black_box(a.alloc(v));
    }
    if extend > 0 {
        black_box(a.alloc_extend(std::iter::repeat(v).take(extend)));
    }
    let len = a.len();
    drop(a);
    let m = measure_stop_aligned();
    format!(
        "{{\"name\":\"{}\",\"size\":{},\"align\":{},\"n\":{},\"extend\":{},\"len\":{},\"alloc\":{}}}",
        name,
        std::mem::size_of::<T>(),
        std::mem::align_of::<T>(),
        n,
        extend,
        len,
        m
    )
}

fn boxes_case(n: usize) -> String {
    measure_start();
    let mut v: Vec<Box<[u8; 24]>> = Vec::with_capacity(n);
    for i in 0..n {
        v.push(Box::new([i as u8; 24]));
    }
    drop(v);
    let m = measure_stop_aligned();
    format!("{{\"name\":\"Box<[u8; 24]> x {}\",\"n\":{},\"alloc\":{}}}", n, n, m)
}

fn main() {
    let mut bump = vec![];
    // Sizes are collected before measuring so building them is not logged.
    let eights = vec![8usize; 3000];
    let mut mixed = vec![];
    for i in 0..60 {
        mixed.push([24usize, 100, 1000, 5000, 64, 13][i % 6]);
    }
    let big = vec![24usize, 100_000, 24, 24, 1 << 20, 24];
    let many64 = vec![64usize; 20000];
    bump.push(bump_case("new, 3000 x 8 B", 0, &eights, None));
    bump.push(bump_case("new, mixed sizes", 0, &mixed, None));
    bump.push(bump_case("new, large requests", 0, &big, None));
    bump.push(bump_case("with_capacity(5000), 3000 x 8 B", 5000, &eights, None));
    bump.push(bump_case("new, 20000 x 64 B, reset after 15000", 0, &many64, Some(15000)));
    let mut typed = vec![];
    typed.push(typed_case("Arena<[u8; 24]>, 1000 allocs", [0u8; 24], 1000, 0));
    typed.push(typed_case("Arena<u64>, 600 allocs", 0u64, 600, 0));
    typed.push(typed_case("Arena<[u8; 2000]>, 20 allocs", [0u8; 2000], 20, 0));
    typed.push(typed_case("Arena<[u64; 3]>, 10 allocs then extend 500", [0u64; 3], 10, 500));
    typed.push(typed_case("Arena<[u8; 64]>, 5000 allocs", [0u8; 64], 5000, 0));
    let boxes = boxes_case(100);
    println!(
        "{{\"bumpalo\":[{}],\"typedArena\":[{}],\"boxes\":{}}}",
        bump.join(","),
        typed.join(","),
        boxes
    );
}
