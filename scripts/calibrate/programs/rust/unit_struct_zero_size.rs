// A unit struct has no fields and takes no space: Box::new of it and a Vec
// of them never call the allocator, yet methods work as on any struct.
use std::mem;

struct Marker;

impl Marker {
    fn describe(&self) -> &str {
        "a zero-sized marker"
    }
}

fn main() {
    let m = Marker;
    let b = Box::new(Marker);
    let mut v = Vec::new();
    for _ in 0..1000 {
        v.push(Marker);
    }
    println!("{} / {}", m.describe(), b.describe());
    println!("size {} len {} cap {}", mem::size_of::<Marker>(), v.len(), v.capacity() == usize::MAX);
    let words = vec![String::from("not"), String::from("zero")];
    println!("{} sized", words.len());
}
