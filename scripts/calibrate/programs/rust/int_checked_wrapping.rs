// Integer methods: checked_* returns None on overflow, wrapping_* wraps,
// saturating_* clamps, overflowing_* returns (value, overflowed): the same
// result in debug and release builds, unlike a plain `+`.
fn step() -> u8 {
    30
}

fn main() {
    let a: u8 = 250;
    println!("{:?} {:?}", a.checked_add(5), a.checked_add(6));
    println!("{:?} {:?}", 5u8.checked_sub(6), 100i32.checked_div(0));
    println!("{:?}", i32::MAX.checked_mul(2));
    println!("{} {}", a.wrapping_add(10), 0u32.wrapping_sub(1));
    println!("{} {}", a.saturating_add(10), (-100i8).saturating_sub(100));
    println!("{:?} {:?}", a.overflowing_add(10), 5i32.overflowing_sub(3));
    println!("{} {}", 2u64.pow(40), (-3i32).pow(3));
    println!("{} {}", (-17i32).rem_euclid(5), -17 % 5);
    println!("{} {}", (-17i32).abs(), 7i64.min(-2));
    println!("{} {} {}", 0b1011u8.count_ones(), 1u32.leading_zeros(), 8u16.trailing_zeros());
    println!("{}", 255u8.to_string() + "!");
    let mut x: u8 = 200;
    for _ in 0..3 {
        x = x.wrapping_add(step());
    }
    println!("wrapped {}", x);
    let mut acc: u32 = 1;
    let mut steps = 0;
    while let Some(next) = acc.checked_mul(7) {
        acc = next;
        steps += 1;
    }
    println!("{} steps, {}", steps, acc);
    println!("{} {}", i64::MAX.wrapping_add(1), u64::MAX.saturating_mul(2));
    println!("{}", 10i32.signum() - (-4i32).signum());
}
