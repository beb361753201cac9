// into_boxed_slice shrinks the buffer to the length (a realloc when capacity > len) and keeps it:
// a Box<[T]> is a 16-byte fat pointer (address + length) with no spare capacity. A Vec built
// with the exact capacity needs no realloc.
fn main() {
    let mut v: Vec<u32> = Vec::new();
    for i in 0..5 {
        v.push(i * i);
    }
    println!("{} {}", v.len(), v.capacity());
    let b: Box<[u32]> = v.into_boxed_slice();
    println!("{:?} {}", b, b.len());
    let exact = vec![1u8, 2, 3].into_boxed_slice();
    println!("{:?} {}", exact, std::mem::size_of::<Box<[u8]>>());
    let total: u32 = b.iter().sum();
    println!("{}", total);
}
