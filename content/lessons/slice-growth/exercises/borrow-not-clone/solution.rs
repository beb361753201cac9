// total adds up the readings.
fn total(v: &[u64]) -> u64 {
    v.iter().sum()
}

// average returns the mean of the readings 0, 1, …, n-1.
fn average(n: u64) -> u64 {
    let mut v: Vec<u64> = Vec::with_capacity(n as usize);
    for i in 0..n {
        v.push(i);
    }
    let t = total(&v);
    t / v.len() as u64
}

fn main() {
    println!("average {}", average(1000));
}
