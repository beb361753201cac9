// A long iterator pipeline over a range allocates nothing: the adaptors are lazy.
fn main() {
    let s = (0..1_000_000u64).map(|x| x * 2).filter(|x| x % 3 == 0).sum::<u64>();
    println!("{}", s);
    let c = (1..=100_000u32).filter(|n| n % 7 == 0 && n % 11 == 0).count();
    println!("{}", c);
}
