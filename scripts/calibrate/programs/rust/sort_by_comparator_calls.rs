// Up to 20 elements, sort_by is an insertion sort (no scratch): the comparator is called once per step, in std's order, as is sort_by_key's key (twice per comparison); a comparator that prints shows the calls
fn main() {
    let mut v = vec![5, 1, 4, 2, 3];
    let mut calls = 0;
    v.sort_by(|a, b| {
        calls += 1;
        println!("cmp {} {}", a, b);
        a.cmp(b)
    });
    println!("{:?} after {} calls", v, calls);
    let mut keys = 0;
    let mut w = vec![-3i32, 2, -1, 4, 0];
    w.sort_by_key(|x| {
        keys += 1;
        x.abs()
    });
    println!("{:?} after {} key calls", w, keys);
    let mut u = vec![9u8, 8, 7, 6, 5, 4, 3, 2, 1, 0];
    let mut n = 0;
    u.sort_unstable_by(|a, b| {
        n += 1;
        a.cmp(b)
    });
    println!("{:?} {}", u, n);
}
