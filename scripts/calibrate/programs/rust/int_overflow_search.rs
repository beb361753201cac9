// Finding limits with checked arithmetic: the largest factorial that fits
// each type, a saturating countdown, clock arithmetic with rem_euclid, bit
// lengths with leading_zeros. No allocation anywhere.
fn max_factorial_u64() -> (u64, u64) {
    let mut acc: u64 = 1;
    let mut n: u64 = 1;
    loop {
        match acc.checked_mul(n + 1) {
            Some(next) => {
                acc = next;
                n += 1;
            }
            None => return (n, acc),
        }
    }
}

fn bit_len(x: u32) -> u32 {
    32 - x.leading_zeros()
}

fn main() {
    let (n, f) = max_factorial_u64();
    println!("{}! = {} fits in u64", n, f);
    let mut small: u8 = 1;
    let mut k: u8 = 1;
    while let Some(v) = small.checked_mul(k + 1) {
        small = v;
        k += 1;
    }
    println!("{}! = {} fits in u8", k, small);
    let mut fuel: u32 = 10;
    for step in [3u32, 4, 5, 6] {
        fuel = fuel.saturating_sub(step);
        println!("fuel {}", fuel);
    }
    for h in [-5i32, 13, 27, -30] {
        println!("{} -> {}:00", h, h.rem_euclid(24));
    }
    for x in [0u32, 1, 255, 256, 1 << 20] {
        println!("bits({}) = {}", x, bit_len(x));
    }
    let (v, o) = 200u8.overflowing_mul(2);
    println!("{} {} {}", v, o, 7u32.abs_diff(10));
    println!("{:?} {:?}", 2i32.checked_pow(31), 2i32.checked_pow(30));
    println!("{}", i16::MIN.wrapping_abs());
    println!("{} {}", (-7i32).div_euclid(2), 17u8.clamp(20, 30));
}
