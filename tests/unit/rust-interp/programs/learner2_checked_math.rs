fn factorial(n: u32) -> Option<u64> {
    let mut acc: u64 = 1;
    for i in 2..=n as u64 {
        acc = acc.checked_mul(i)?;
    }
    Some(acc)
}

fn main() {
    for n in [5, 20, 21, 25] {
        match factorial(n) {
            Some(f) => println!("{}! = {}", n, f),
            None => println!("{}! overflows u64", n),
        }
    }
    let x: u8 = 250;
    println!("wrapping {}", x.wrapping_add(10));
    println!("saturating {}", x.saturating_add(10));
    println!("checked {:?}", x.checked_add(10));
    let (v, o) = x.overflowing_add(10);
    println!("overflowing {} {}", v, o);
    println!("pow {}", 2u64.pow(40));
}
