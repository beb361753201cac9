// enumerate and zip pair items up; collecting the pairs knows the exact length.
fn main() {
    let names = vec!["ann", "bob", "cy"];
    let ages = vec![31, 27, 45];
    for (i, n) in names.iter().enumerate() {
        println!("{}: {}", i, n);
    }
    let pairs: Vec<(&str, i32)> = names.iter().cloned().zip(ages.iter().cloned()).collect();
    println!("{:?} cap {}", pairs, pairs.capacity());
    let indexed: Vec<(usize, char)> = "héllo".chars().enumerate().collect();
    println!("{:?} cap {}", indexed, indexed.capacity());
    let dot: i32 = ages.iter().zip(ages.iter().skip(1)).map(|(a, b)| a * b).sum();
    println!("{}", dot);
}
