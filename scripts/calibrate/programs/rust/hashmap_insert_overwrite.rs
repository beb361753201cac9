// HashMap::insert on a present key returns Some(old value) and keeps the old key: the new key String is dropped at once, the old value is returned to the caller and dropped when it goes out of scope
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, String> = HashMap::new();
    let first = ages.insert(String::from("alice"), String::from("thirty"));
    println!("first insert: {:?}", first);
    ages.insert(String::from("carol"), String::from("eighty"));
    let old = ages.insert(String::from("alice"), String::from("ninety"));
    println!("second insert returned: {:?}", old);
    println!("alice is now {:?}", ages.get("alice"));
    if let Some(prev) = old {
        println!("previous value had {} bytes", prev.len());
    }
    println!("len {}", ages.len());
}
