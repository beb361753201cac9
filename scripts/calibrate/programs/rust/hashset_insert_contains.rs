// HashSet<u32>: insert returns false for a value already present (no new slot); the table grows like a HashMap's with 4-byte elements (capacity 3, 7, 14, 28)
use std::collections::HashSet;

fn main() {
    let mut seen: HashSet<u32> = HashSet::new();
    let mut dupes = 0;
    for i in 0..40u32 {
        let x = (i * 7) % 25;
        if !seen.insert(x) {
            dupes += 1;
        }
    }
    println!("distinct {} duplicates {}", seen.len(), dupes);
    println!("capacity {}", seen.capacity());
    println!("contains 14: {}", seen.contains(&14));
    println!("contains 99: {}", seen.contains(&99));
    let mut sum = 0;
    for x in &seen {
        sum += x;
    }
    println!("sum {}", sum);
}
