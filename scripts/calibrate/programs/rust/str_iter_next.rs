// `next()` pulls one item: `s.chars().next()` is the first char, and a
// `let mut` Split or Map hands out its pieces one call at a time (the
// iterator's position is its state). Nothing here allocates but the String.
fn main() {
    let s = String::from("héllo wörld");
    let first = s.chars().next();
    let mut words = s.split(' ');
    let a = words.next();
    let b = words.next();
    let c = words.next();
    println!("{:?} {:?} {:?} {:?}", first, a, b, c);
    let mut it = "x=1;y=2".split(';').map(|kv| kv.split_once('=').unwrap());
    while let Some((k, v)) = it.next() {
        println!("{} -> {}", k, v);
    }
    let initials: String = s.split(' ').filter_map(|w| w.chars().next()).collect();
    println!("{}", initials);
}
