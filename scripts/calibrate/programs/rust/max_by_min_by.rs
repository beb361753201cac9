// max_by and min_by take a comparator (floats only have partial_cmp, so a.partial_cmp(b).unwrap()); max_by keeps the last of equal elements, min_by the first; binary_search_by finds by a comparison
fn main() {
    let temps = vec![21.5, 19.0, 23.25, 23.25, 18.0];
    let hi = temps.iter().max_by(|a, b| a.partial_cmp(b).unwrap()).unwrap();
    let lo = temps.iter().min_by(|a, b| a.partial_cmp(b).unwrap()).unwrap();
    println!("hi {} lo {}", hi, lo);
    let words = vec!["kiwi", "fig", "plum", "pear", "date"];
    let longest = words.iter().max_by(|a, b| a.len().cmp(&b.len())).unwrap();
    let shortest = words.iter().min_by(|a, b| a.len().cmp(&b.len())).unwrap();
    println!("{} {}", longest, shortest);
    let first_long = words.iter().max_by_key(|w| w.len()).unwrap();
    let first_short = words.iter().min_by_key(|w| w.len()).unwrap();
    println!("{} {}", first_long, first_short);
    let sorted = [1, 3, 5, 7, 9, 11];
    println!("{:?}", sorted.binary_search_by(|x| x.cmp(&7)));
    println!("{:?}", sorted.binary_search_by(|x| x.cmp(&4)));
    let empty: Vec<f64> = Vec::new();
    println!("{:?}", empty.iter().max_by(|a, b| a.partial_cmp(b).unwrap()));
}
