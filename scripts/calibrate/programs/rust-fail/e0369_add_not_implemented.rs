// `+` on a struct needs an `impl Add` for it: deriving PartialEq or Clone does not give one
#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: u64,
}

fn main() {
    let a = Money { cents: 150 };
    let b = Money { cents: 275 };
    let c = a + b;
    println!("{:?}", c);
}
