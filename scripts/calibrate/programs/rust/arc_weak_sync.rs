// sync::Weak from Arc::downgrade: upgrade works while an Arc lives; after the last Arc the Vec is freed, but the ArcInner stays until the Weak goes.
use std::sync::{Arc, Weak};

fn main() {
    let strong = Arc::new(vec![10u32, 20, 30]);
    let weak: Weak<Vec<u32>> = Arc::downgrade(&strong);
    println!("strong = {}, weak = {}", Arc::strong_count(&strong), Arc::weak_count(&strong));
    if let Some(v) = weak.upgrade() {
        println!("sum = {}", v.iter().sum::<u32>());
    }
    drop(strong);
    println!("upgrade after drop: {:?}", weak.upgrade());
}
