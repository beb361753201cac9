// Assigning to a field behind & is refused: a shared reference gives read-only access.
struct Counter {
    n: u32,
}

fn bump(c: &Counter) {
    c.n += 1;
}

fn main() {
    let c = Counter { n: 0 };
    bump(&c);
    println!("{}", c.n);
}
