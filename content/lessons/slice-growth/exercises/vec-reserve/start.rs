// fill collects n readings in chunks of 100, making room for each chunk first.
fn fill(n: u64) -> Vec<u64> {
    let mut v: Vec<u64> = Vec::new();
    let mut i = 0;
    while i < n {
        v.reserve_exact(100);
        for j in 0..100 {
            v.push((i + j) % 7);
        }
        i += 100;
    }
    v
}

fn main() {
    let v = fill(10_000);
    let sum: u64 = v.iter().sum();
    println!("{} readings, sum {}", v.len(), sum);
}
