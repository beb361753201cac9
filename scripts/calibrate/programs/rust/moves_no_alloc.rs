// Moving a Vec (into a function, out of it, into another variable) copies
// only its (pointer, capacity, length) header: no allocation, no copy of
// the elements. Borrowing with & or &mut does not allocate either.
fn total(v: &Vec<u64>) -> u64 {
    v.iter().sum()
}

fn add_one(v: &mut Vec<u64>) {
    for i in 0..v.len() {
        v[i] += 1;
    }
}

fn consume(v: Vec<u64>) -> usize {
    v.len()
}

fn pass_through(v: Vec<u64>) -> Vec<u64> {
    v
}

fn main() {
    let mut a: Vec<u64> = Vec::with_capacity(100);
    for i in 0..100u64 {
        a.push(i);
    }
    let b: Vec<u64> = pass_through(a);
    let mut c: Vec<u64> = b;
    add_one(&mut c);
    println!("total {}", total(&c));
    println!("len {} cap {}", c.len(), c.capacity());
    let n: usize = consume(c);
    println!("consumed {}", n);
}
