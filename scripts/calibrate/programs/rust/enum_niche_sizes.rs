// rustc hides the tag of an enum in invalid values of a field when it can (a niche): a Box
// is never null, a bool is 0 or 1, a Vec's capacity is at most isize::MAX. Otherwise the tag
// takes its own bytes, padded to the alignment of the largest variant.
use std::mem;

#[allow(dead_code)]
enum Light {
    Red,
    Yellow,
    Green,
}

#[allow(dead_code)]
enum Node {
    Leaf(Box<u64>),
    Empty,
}

#[allow(dead_code)]
enum Flag {
    On(bool),
    Off,
}

#[allow(dead_code)]
enum Value {
    Int(i64),
    Small(u8),
}

#[allow(dead_code)]
enum Payload {
    Text(String),
    Count(u32),
    Nothing,
}

#[allow(dead_code)]
enum Two {
    A(Vec<u8>),
    B(String),
}

fn main() {
    println!("Light {}", mem::size_of::<Light>());
    println!("Option<Light> {}", mem::size_of::<Option<Light>>());
    println!("Node {}", mem::size_of::<Node>());
    println!("Option<Box<u64>> {}", mem::size_of::<Option<Box<u64>>>());
    println!("Flag {}", mem::size_of::<Flag>());
    println!("Value {}", mem::size_of::<Value>());
    println!("Payload {}", mem::size_of::<Payload>());
    println!("Option<Payload> {}", mem::size_of::<Option<Payload>>());
    println!("Two {}", mem::size_of::<Two>());
    let v = vec![Value::Int(1), Value::Small(2), Value::Int(3)];
    println!("{} values, {} bytes of buffer", v.len(), v.capacity() * mem::size_of::<Value>());
}
