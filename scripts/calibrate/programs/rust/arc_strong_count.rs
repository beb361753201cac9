// Arc::clone only bumps the strong count; the ArcInner (counts + value) is freed when the last Arc goes.
use std::sync::Arc;

fn main() {
    let a = Arc::new(vec![1u8, 2, 3]);
    let b = Arc::clone(&a);
    let c = a.clone();
    println!("count = {}", Arc::strong_count(&a));
    drop(b);
    drop(c);
    println!("count = {}, len = {}", Arc::strong_count(&a), a.len());
}
