// truncate, clear and pop never give memory back; shrink_to_fit reallocates
// down to exactly len (and frees the buffer when len is 0). The next push
// after shrinking grows again by doubling.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..100 {
        v.push(i);
    }
    println!("100 pushes: len {} cap {}", v.len(), v.capacity());
    v.truncate(10);
    println!("truncate(10): len {} cap {}", v.len(), v.capacity());
    v.shrink_to_fit();
    println!("shrink_to_fit: len {} cap {}", v.len(), v.capacity());
    v.push(10);
    println!("push: len {} cap {}", v.len(), v.capacity());
    v.clear();
    println!("clear: len {} cap {}", v.len(), v.capacity());
    v.shrink_to_fit();
    println!(
        "shrink_to_fit on empty: len {} cap {}",
        v.len(),
        v.capacity()
    );
    v.push(1);
    println!("push: len {} cap {}", v.len(), v.capacity());
}
