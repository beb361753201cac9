use bumpalo::Bump;
fn main() {
    let mut bump = Bump::new();
    println!("{}", bump.allocated_bytes());
    let mut i: u64 = 0;
    while i < 100 {
        let x = bump.alloc(i);
        *x += 1;
        i += 1;
    }
    println!("{}", bump.allocated_bytes());
    let s = bump.alloc_slice_copy(&[1u32, 2, 3, 4, 5]);
    s[0] = 10;
    println!("{:?} {}", s, bump.allocated_bytes());
    let big = bump.alloc_slice_copy(&[7u8; 3000]);
    println!("{} {}", big.len(), bump.allocated_bytes());
    bump.reset();
    println!("{}", bump.allocated_bytes());
    let name = bump.alloc(String::from("leaked into the arena"));
    println!("{}", name);
    let b2 = Bump::with_capacity(5000);
    println!("{}", b2.allocated_bytes());
}
