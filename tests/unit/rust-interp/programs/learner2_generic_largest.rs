#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Score {
    points: u32,
    name: String,
}

fn largest<T: PartialOrd + Clone>(items: &[T]) -> T {
    let mut best = items[0].clone();
    for it in items {
        if *it > best {
            best = it.clone();
        }
    }
    best
}

fn describe<T>(items: &[T]) -> String
where
    T: std::fmt::Debug,
{
    format!("{} items, first {:?}", items.len(), items[0])
}

fn main() {
    let nums = vec![3, 9, 2, 7];
    println!("largest num {}", largest(&nums));
    let scores = vec![
        Score { points: 10, name: String::from("ann") },
        Score { points: 25, name: String::from("bob") },
        Score { points: 25, name: String::from("al") },
    ];
    let top = largest(&scores);
    println!("top {:?}", top);
    println!("{}", describe(&scores));
    println!("{}", describe(&["x", "y"]));
}
