// Consumers walk the iterator without allocating: sum, product, count, fold, min, max.
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let total: i32 = v.iter().sum();
    let prod: i64 = (1..=10).map(|x| x as i64).product();
    let odd = v.iter().filter(|x| *x % 2 == 1).count();
    let folded = v.iter().fold(0, |acc, x| acc * 10 + x);
    println!("{} {} {} {}", total, prod, odd, folded);
    println!("{:?} {:?}", v.iter().min(), v.iter().max());
    let big = (0..1000u64).map(|x| x * x).filter(|x| x % 7 == 0).sum::<u64>();
    println!("{}", big);
}
