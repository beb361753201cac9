// Searching consumers stop early: any, all, position, find, nth, last.
fn main() {
    let v = vec![4, 8, 15, 16, 23, 42];
    println!("{}", v.iter().any(|&x| x > 40));
    println!("{}", v.iter().all(|x| x % 2 == 0));
    println!("{:?}", v.iter().position(|&x| x == 16));
    println!("{:?}", v.iter().find(|x| **x > 10));
    println!("{:?}", v.iter().nth(2));
    println!("{:?}", v.iter().last());
    println!("{:?}", v.iter().position(|&x| x == 99));
    let words = vec!["apple", "fig", "banana"];
    println!("{:?}", words.iter().max_by_key(|w| w.len()));
    println!("{:?}", words.iter().min_by_key(|w| w.len()));
}
