// Fragmentation under glibc malloc (the System allocator): 40 000 blocks of
// 1 000 bytes, then every other one freed, then malloc_trim(0), then the rest
// freed and malloc_trim(0) again. Prints the resident set size (/proc/self/statm) after each step.
use std::fs;

extern "C" {
    fn malloc_trim(pad: usize) -> i32;
}

fn rss_kib() -> usize {
    let statm = fs::read_to_string("/proc/self/statm").unwrap();
    let pages: usize = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4
}

fn main() {
    let n = 40_000;
    println!("start:                 rss {:>6} KiB", rss_kib());
    let mut blocks: Vec<Option<Vec<u8>>> = Vec::with_capacity(n);
    for i in 0..n {
        blocks.push(Some(vec![i as u8; 1000]));
    }
    println!("40000 blocks live:     rss {:>6} KiB", rss_kib());
    for i in (0..n).step_by(2) {
        blocks[i] = None;
    }
    println!("every other freed:     rss {:>6} KiB", rss_kib());
    let released = unsafe { malloc_trim(0) };
    println!("malloc_trim(0) = {}:    rss {:>6} KiB", released, rss_kib());
    blocks.clear();
    println!("all freed:             rss {:>6} KiB", rss_kib());
    let released = unsafe { malloc_trim(0) };
    println!("malloc_trim(0) = {}:    rss {:>6} KiB", released, rss_kib());
}
