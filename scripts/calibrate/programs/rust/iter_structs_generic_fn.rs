// Iterating over a Vec of structs: map/filter/for_each with closures that borrow fields,
// a generic F: Fn(u32) -> u32 parameter, collect into Vec<String>, Vec<&Item> and Vec<usize>.
struct Item {
    name: String,
    price: u32,
}
fn total<F: Fn(u32) -> u32>(items: &Vec<Item>, f: F) -> u32 {
    items.iter().map(|i| f(i.price)).sum()
}
fn main() {
    let items = vec![Item { name: String::from("a"), price: 3 }, Item { name: String::from("bb"), price: 5 }];
    let names: Vec<String> = items.iter().map(|i| i.name.clone()).collect();
    println!("{:?}", names);
    let cheap: Vec<&Item> = items.iter().filter(|i| i.price < 4).collect();
    println!("{}", cheap.len());
    let sum: u32 = items.iter().map(|i| i.price).sum();
    println!("{}", sum);
    let lens: Vec<usize> = names.iter().map(|n| n.len()).collect();
    println!("{:?}", lens);
    let mut v = vec![1, 2, 3];
    v.iter_mut().for_each(|x| *x *= 2);
    let doubled: Vec<i32> = v.iter().map(|&x| x + 1).collect();
    println!("{:?} {:?}", v, doubled);
    let mut total_price = 0;
    items.iter().for_each(|i| total_price += i.price);
    println!("{}", total_price);
    println!("{}", total(&items, |p| p * 2));
    let words = vec!["a", "b"];
    let s: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    println!("{:?}", s);
    let evens = (1..=10).filter(|n| n % 2 == 0).map(|n| n * n).collect::<Vec<i32>>();
    println!("{:?}", evens);
    let c = |a: i32, b: i32| -> i32 { a * b };
    println!("{}", c(3, 4));
    for (i, n) in names.iter().enumerate().rev() { println!("{} {}", i, n); }
}
