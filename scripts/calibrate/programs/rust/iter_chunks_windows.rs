// chunks and windows view slices of the Vec without copying; summing each view.
fn main() {
    let v: Vec<u32> = (1..=10).collect();
    let sums: Vec<u32> = v.chunks(3).map(|c| c.iter().sum()).collect();
    println!("{:?} cap {}", sums, sums.capacity());
    let rising = v.windows(2).filter(|w| w[1] > w[0]).count();
    println!("{}", rising);
    for w in v.windows(4).step_by(3) {
        println!("{:?}", w);
    }
}
