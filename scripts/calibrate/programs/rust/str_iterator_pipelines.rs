// Iterator pipelines over text: split + parse + collect (filter-like growth,
// 4 → 8 i32s), filter_map/sum and fold without allocating, chars().rev()
// collected into a String (reserving chars' lower bound), to_lowercase per word.
fn main() {
    let line = "3,1,4,1,5,9,2,6";
    let nums: Vec<i32> = line.split(',').map(|x| x.parse::<i32>().unwrap()).collect();
    println!("{:?} {}", nums, nums.capacity());
    let total: i32 = line.split(',').filter_map(|x| x.parse::<i32>().ok()).sum();
    let bad = "1,x,3".split(',').map(|x| x.parse::<i32>().unwrap_or(0)).fold(0, |a, b| a + b);
    println!("{} {}", total, bad);
    let text = "  Hello World  ";
    let rev: String = text.trim().chars().rev().collect();
    let vowels = text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("{} {}", rev, vowels);
    let owned: Vec<String> = text.split_whitespace().map(|w| w.to_lowercase()).collect();
    println!("{:?}", owned);
    let longest = text.split_whitespace().max_by_key(|w| w.len()).unwrap();
    println!("{}", longest);
    let n: u64 = "18446744073709551615".parse().unwrap();
    println!("{} {:?}", n, "18446744073709551616".parse::<u64>());
    let pos = text.char_indices().filter(|(_, c)| c.is_uppercase()).map(|(i, _)| i).collect::<Vec<usize>>();
    println!("{:?}", pos);
}
