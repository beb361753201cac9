// extend_from_slice(&s) is reserve(s.len()) then a copy: from an empty Vec
// the first call allocates exactly what is needed (if more than the minimum
// of 4), later calls double when the slice does not fit.
fn main() {
    let chunk: Vec<u16> = vec![1, 2, 3, 4, 5, 6, 7];
    let mut v: Vec<u16> = Vec::new();
    for _ in 0..10 {
        v.extend_from_slice(&chunk);
        println!("len {} cap {}", v.len(), v.capacity());
    }
    let big: Vec<u16> = vec![9; 200];
    v.extend_from_slice(&big);
    println!("+200: len {} cap {}", v.len(), v.capacity());
    let s: u16 = v.iter().sum();
    println!("sum {}", s);
}
