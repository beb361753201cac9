// Vec::sort is a stable driftsort: up to 20 elements it sorts in place, beyond that it needs a scratch buffer of about len / 2 elements (at least min(len, 8 MB / size)), taken from a 4 KiB stack buffer when it fits and otherwise allocated and freed around the sort; sort_unstable, dedup, reverse and swap never allocate
fn fill(n: u32, seed: u64) -> Vec<u64> {
    let mut v = Vec::with_capacity(n as usize);
    let mut x = seed;
    for _ in 0..n {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        v.push((x >> 33) % 1000);
    }
    v
}

fn main() {
    let mut small = fill(15, 1);
    small.sort();
    println!("15 sorted: first {:?} last {:?}", small.first(), small.last());
    let mut mid = fill(400, 2);
    mid.sort();
    println!("400 sorted: first {:?} last {:?}", mid.first(), mid.last());
    let mut big = fill(3000, 3);
    big.sort();
    println!("3000 sorted: first {:?} last {:?}", big.first(), big.last());
    let mut unstable = fill(3000, 4);
    unstable.sort_unstable();
    println!("3000 sort_unstable: first {:?} last {:?}", unstable.first(), unstable.last());
    big.dedup();
    println!("distinct after dedup: {} (capacity {})", big.len(), big.capacity());
    big.reverse();
    big.swap(0, 1);
    println!("reversed and swapped: {:?} {:?}", big.first(), big.last());
    let mut words = vec![String::from("pear"), String::from("fig"), String::from("apple"), String::from("fig")];
    words.sort();
    words.dedup();
    println!("{:?}", words);
}
