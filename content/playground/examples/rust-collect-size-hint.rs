// collect() sizes the Vec from the iterator's size_hint. map keeps an exact hint, so the Vec is
// allocated once; filter only knows an upper bound (its lower bound is 0), so the Vec starts at
// capacity 4 and doubles as it fills.
fn main() {
    let n = 1000;

    // Exact hint: one allocation of 1000 * 8 bytes.
    let squares: Vec<u64> = (0..n).map(|x| x * x).collect();
    println!("map:    len {} cap {} last {}", squares.len(), squares.capacity(), squares[squares.len() - 1]);

    // Lower bound 0: 4, 8, 16, ... 512 — eight reallocations for 500 elements.
    let evens: Vec<u64> = (0..n).filter(|x| x % 2 == 0).collect();
    println!("filter: len {} cap {} last {}", evens.len(), evens.capacity(), evens[evens.len() - 1]);

    // If you know the size, say so: one allocation again.
    let mut evens2 = Vec::with_capacity(n as usize / 2);
    for x in (0..n).filter(|x| x % 2 == 0) {
        evens2.push(x);
    }
    println!("with_capacity: len {} cap {} last {}", evens2.len(), evens2.capacity(), evens2[evens2.len() - 1]);
}
