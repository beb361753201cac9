// sort_by and sort_by_key take driftsort's scratch exactly as sort does: 1000 (u64, u64) pairs need max(500, 1000, 48) elements of 16 bytes, 16000 bytes, more than the 4 KiB stack buffer, so a Vec is allocated and freed around the sort; sort_unstable_by never allocates
fn main() {
    let mut v: Vec<(u64, u64)> = Vec::with_capacity(1000);
    let mut x: u64 = 12345;
    for i in 0..1000 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        v.push(((x >> 33) % 50, i));
    }
    v.sort_by(|a, b| a.0.cmp(&b.0));
    println!("{:?} {:?} {:?}", v[0], v[1], v[999]);
    let ok = v.windows(2).all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
    println!("stable {}", ok);
    v.sort_by_key(|p| p.1 % 7);
    println!("{:?} {:?}", v[0], v[999]);
    v.sort_unstable_by(|a, b| b.1.cmp(&a.1));
    println!("{:?} {:?}", v[0], v[999]);
    v.sort_unstable_by_key(|p| p.1);
    println!("{:?}", v[500]);
}
