// #[repr(C)] keeps fields in declaration order with C padding (rustc would otherwise reorder them to
// shrink the struct); #[repr(u8)] / #[repr(u32)] on a fieldless enum fixes its tag type, and the tag's
// unused values still give Option a niche.
use std::mem;

#[allow(dead_code)]
struct Reordered {
    a: u8,
    b: u32,
    c: u8,
}

#[allow(dead_code)]
#[repr(C)]
struct InOrder {
    a: u8,
    b: u32,
    c: u8,
}

#[allow(dead_code)]
#[repr(u8)]
enum Small {
    A,
    B,
}

#[allow(dead_code)]
#[repr(u32)]
enum Wide {
    A,
    B,
}

fn main() {
    println!("{} {}", mem::size_of::<Reordered>(), mem::size_of::<InOrder>());
    println!("{} {} {}", mem::size_of::<Small>(), mem::size_of::<Wide>(), mem::size_of::<Option<Small>>());
    println!("{} {}", mem::size_of::<Option<InOrder>>(), mem::size_of::<(Reordered, InOrder)>());
}
