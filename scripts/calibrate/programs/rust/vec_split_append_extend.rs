// split_off allocates a new Vec for the tail (exactly its length); append moves another Vec's
// elements over (one reserve) and leaves it empty with its buffer; extend from a range or a Vec
// reserves the known length once, from a filter it grows as it goes (reserve(lower + 1) when full).
fn main() {
    let mut a: Vec<u64> = vec![1, 2, 3, 4, 5, 6];
    let tail = a.split_off(4);
    println!("{:?} {:?} {} {}", a, tail, a.capacity(), tail.capacity());
    let mut b = vec![10u64, 20];
    let mut c = vec![30u64, 40, 50];
    b.append(&mut c);
    println!("{:?} {} {:?} {}", b, b.capacity(), c, c.capacity());
    let mut e: Vec<u64> = Vec::new();
    e.extend(0..5);
    println!("{:?} {}", e, e.capacity());
    e.extend(vec![7, 8]);
    println!("{} {}", e.len(), e.capacity());
    e.extend((0..20).filter(|x| x % 4 == 0));
    println!("{:?} {}", e, e.capacity());
    e.extend(tail.iter());
    e.extend(&b);
    println!("{} {}", e.len(), e.capacity());
}
