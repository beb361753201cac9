// `static` items live for the whole program at a fixed address: a &'static
// str and an array read from a static cost no allocation; `const fn` runs at
// compile time for a const.
static GREETING: &str = "hello";
static PRIMES: [u32; 5] = [2, 3, 5, 7, 11];
const fn square(x: u32) -> u32 {
    x * x
}
const AREA: u32 = square(12);

fn main() {
    println!("{} {}", GREETING, GREETING.len());
    let mut sum = 0;
    for p in PRIMES.iter() {
        sum += p;
    }
    println!("{} {}", sum, PRIMES[4]);
    println!("{}", AREA + square(2));
    let s = GREETING.to_string() + " world";
    println!("{}", s);
}
