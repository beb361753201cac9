// A Vec<Vec<u8>>: the outer buffer holds 24-byte (ptr, cap, len) headers and
// every inner Vec has its own heap buffer. Dropping the outer Vec frees all
// of them: one dealloc per inner buffer plus one for the outer buffer.
fn main() {
    let mut rows: Vec<Vec<u8>> = Vec::new();
    for r in 0..10u8 {
        let mut row: Vec<u8> = Vec::with_capacity(16);
        for c in 0..16u8 {
            row.push(r * 16 + c);
        }
        rows.push(row);
    }
    println!("rows {} cap {}", rows.len(), rows.capacity());
    let mut big: u32 = 0;
    for row in &rows {
        for b in row.iter() {
            if *b >= 100 {
                big += 1;
            }
        }
    }
    println!("bytes >= 100: {}", big);
    drop(rows);
    println!("dropped");
}
