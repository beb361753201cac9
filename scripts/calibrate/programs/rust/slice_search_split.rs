// Looking into slices without allocating: `get` returns Option<&T> (None past the end instead of a
// panic), `first`/`last` too (`if let Some(&x)` copies the value out), `binary_search` returns
// Ok(index) or Err(insertion point), `split_at` gives two borrowed halves, `contains`, and `fill`
// overwrites in place. Only the Vecs themselves allocate.
fn main() {
    let mut v = vec![2, 3, 5, 7, 11, 13, 17];
    println!("{:?} {:?}", v.get(3), v.get(10));
    if let Some(&x) = v.first() {
        println!("first {}", x);
    }
    let last = *v.last().unwrap();
    let max = *v.iter().max().unwrap();
    println!("{} {}", last, max);
    println!("{:?} {:?} {:?}", v.binary_search(&7), v.binary_search(&8), v.binary_search(&1));
    let (lo, hi) = v.split_at(3);
    println!("{:?} {:?}", lo, hi);
    println!("{} {}", v.contains(&11), v.contains(&4));
    v.fill(0);
    println!("{:?}", v);
    let words = vec![String::from("ant"), String::from("bee"), String::from("cat")];
    match words.get(1) {
        Some(w) => println!("got {} ({} bytes)", w, w.len()),
        None => println!("nothing"),
    }
    println!("{:?}", words.binary_search(&String::from("bee")));
    let sorted = vec![1, 2, 2, 2, 3];
    println!("{:?} in {:?}", sorted.binary_search(&2), sorted);
}
