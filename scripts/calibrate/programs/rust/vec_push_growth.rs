// Vec::push from Vec::new(): the first push allocates room for 4 elements
// (8-byte i64), then every push that finds len == capacity doubles it with a
// realloc. Capacities: 4, 8, 16, ... 2048.
fn main() {
    let mut v: Vec<i64> = Vec::new();
    let mut prev: usize = v.capacity();
    let mut i: i64 = 0;
    while i < 2000 {
        v.push(i);
        if v.capacity() != prev {
            println!("len {} cap {}", v.len(), v.capacity());
            prev = v.capacity();
        }
        i += 1;
    }
    let total: i64 = v.iter().sum();
    println!("sum {}", total);
}
