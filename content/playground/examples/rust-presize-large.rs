// The same Vec with its final size known: Vec::with_capacity(n) is one
// allocation of exactly n elements, and no push reallocates.
fn main() {
    let n = 250_000;
    let mut v: Vec<u64> = Vec::with_capacity(n);
    for i in 0..n {
        v.push(i as u64);
    }
    println!("len {} cap {}", v.len(), v.capacity());
}
