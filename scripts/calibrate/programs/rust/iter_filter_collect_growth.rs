// filter() has a size hint of 0..=n, so collect() starts from the first match with
// capacity max(4, 0 + 1) = 4 and doubles as it goes (reallocations in the trace).
fn main() {
    let evens: Vec<u32> = (0..100).filter(|x| x % 2 == 0).collect();
    println!("{} evens, cap {}", evens.len(), evens.capacity());
    let none: Vec<u32> = (0..100).filter(|x| *x > 1000).collect();
    println!("{} found, cap {}", none.len(), none.capacity());
    let bytes: Vec<u8> = (0..40u8).filter(|b| b % 3 == 0).collect();
    println!("{} bytes, cap {}", bytes.len(), bytes.capacity());
    let v = vec![5, 1, 8, 3, 9, 2];
    let big: Vec<i32> = v.iter().filter(|&&x| x > 2).cloned().collect();
    println!("{:?} cap {}", big, big.capacity());
}
