// alloc_slice_copy copies a slice into the arena: the Vec it came from
// keeps its own heap buffer (freed when the Vec is dropped), the copy lives
// in the Bump's chunk until the Bump is dropped.
use bumpalo::Bump;

fn main() {
    let bump: Bump = Bump::new();
    let mut v: Vec<u32> = Vec::new();
    for i in 0..100u32 {
        v.push(i);
    }
    let copy: &mut [u32] = bump.alloc_slice_copy(&v);
    copy[0] = 500;
    drop(v);
    let s: u32 = copy.iter().sum();
    println!("copy len {} sum {}", copy.len(), s);
    let small: Vec<u8> = vec![97, 114, 101, 110, 97];
    let text: &mut [u8] = bump.alloc_slice_copy(&small);
    text[0] = 65;
    println!("text len {} first {}", text.len(), text[0]);
    println!("allocated_bytes {}", bump.allocated_bytes());
}
