// std::mem::size_of and align_of: pointers are 8 bytes, Vec and String 24, Option<Box<T>> uses the null niche, HashMap is 48 bytes (table + RandomState) and BTreeMap 24 — none of these asks the allocator for anything
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::mem;
use std::rc::Rc;

struct Pair {
    a: u8,
    b: u64,
    c: u8,
}

fn main() {
    println!("u8 {} u64 {} u128 {}", mem::size_of::<u8>(), mem::size_of::<u64>(), mem::size_of::<u128>());
    println!("align u16 {} u64 {} u128 {}", mem::align_of::<u16>(), mem::align_of::<u64>(), mem::align_of::<u128>());
    println!("Pair {} (align {})", mem::size_of::<Pair>(), mem::align_of::<Pair>());
    println!("Box<u64> {} Option<Box<u64>> {}", mem::size_of::<Box<u64>>(), mem::size_of::<Option<Box<u64>>>());
    println!("Rc<u64> {} Option<Rc<u64>> {}", mem::size_of::<Rc<u64>>(), mem::size_of::<Option<Rc<u64>>>());
    println!("Vec<u8> {} String {} &str {}", mem::size_of::<Vec<u8>>(), mem::size_of::<String>(), mem::size_of::<&str>());
    println!("HashMap<u64, u64> {} BTreeMap<u64, u64> {}", mem::size_of::<HashMap<u64, u64>>(), mem::size_of::<BTreeMap<u64, u64>>());
    println!("Option<u32> {} Option<char> {} (u8, u32) {}", mem::size_of::<Option<u32>>(), mem::size_of::<Option<char>>(), mem::size_of::<(u8, u32)>());
    let p = Pair { a: 1, b: 2, c: 3 };
    println!("{}", p.a as u64 + p.b + p.c as u64);
}
