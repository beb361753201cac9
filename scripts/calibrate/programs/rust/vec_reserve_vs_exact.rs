// reserve(k) grows to max(2 * cap, len + k); reserve_exact(k) grows to
// exactly len + k. Both do nothing when k elements already fit.
fn main() {
    let mut a: Vec<u64> = vec![1, 2, 3, 4];
    println!("a: len {} cap {}", a.len(), a.capacity());
    a.reserve(1);
    println!("a.reserve(1): cap {}", a.capacity());
    a.reserve(2);
    println!("a.reserve(2): cap {} (fits, no change)", a.capacity());
    a.reserve(20);
    println!("a.reserve(20): cap {}", a.capacity());

    let mut b: Vec<u64> = vec![1, 2, 3, 4];
    b.reserve_exact(1);
    println!("b.reserve_exact(1): cap {}", b.capacity());
    b.reserve_exact(20);
    println!("b.reserve_exact(20): cap {}", b.capacity());
    b.push(5);
    let mut i: u64 = 0;
    while b.len() < b.capacity() {
        b.push(i);
        i += 1;
    }
    b.push(99);
    println!("b full then push: len {} cap {}", b.len(), b.capacity());

    let mut c: Vec<u64> = Vec::new();
    c.reserve(1);
    println!("new().reserve(1): cap {}", c.capacity());
    let mut d: Vec<u64> = Vec::new();
    d.reserve_exact(1);
    println!("new().reserve_exact(1): cap {}", d.capacity());
    c.push(1);
    d.push(1);
    println!("{} {}", c[0], d[0]);
}
