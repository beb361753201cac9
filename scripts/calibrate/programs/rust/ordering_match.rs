// std::cmp::Ordering: a.cmp(&b) gives Less, Equal or Greater, matched exhaustively; Ordering is Copy, Debug-printable and comparable with ==; reverse, then, then_with and is_lt/is_eq/is_gt combine them
use std::cmp::Ordering;

fn guess(secret: u32, g: u32) -> &'static str {
    match g.cmp(&secret) {
        Ordering::Less => "too small",
        Ordering::Greater => "too big",
        Ordering::Equal => "you win",
    }
}

fn main() {
    for g in [10, 70, 42] {
        println!("{} -> {}", g, guess(42, g));
    }
    let o = 3.cmp(&5);
    let p = o;
    println!("{:?} {:?} {:?}", o, p.reverse(), 'b'.cmp(&'a'));
    println!("{} {} {}", o == Ordering::Less, o.is_lt(), o.is_gt());
    println!("{:?}", "apple".cmp("banana"));
    println!("{:?}", String::from("pear").cmp(&String::from("peach")));
    println!("{:?}", (1, "b").cmp(&(1, "a")));
    println!("{:?}", true.cmp(&false));
    println!("{:?}", Ordering::Equal.then(Ordering::Greater));
    println!("{:?}", Ordering::Less.then_with(|| 1.cmp(&0)));
    println!("{}", Ordering::Equal.is_eq());
    println!("{:?} {:?}", 1.5f64.partial_cmp(&0.5), f64::NAN.partial_cmp(&1.0));
    println!("{:?}", 2.partial_cmp(&2));
}
