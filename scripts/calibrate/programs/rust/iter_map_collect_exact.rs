// collect() of a map over a Vec or a range knows the exact length (TrustedLen):
// one allocation of exactly that capacity, no growth.
fn main() {
    let v: Vec<u32> = (1..=10).collect();
    println!("{:?} cap {}", v, v.capacity());
    let squares: Vec<u64> = v.iter().map(|&x| (x as u64) * (x as u64)).collect();
    println!("{:?} cap {}", squares, squares.capacity());
    let labels: Vec<String> = v.iter().map(|x| format!("#{}", x)).collect();
    println!("{:?} cap {}", labels, labels.capacity());
    let small: Vec<u8> = (0..3).map(|x| x as u8).collect();
    println!("{:?} cap {}", small, small.capacity());
}
