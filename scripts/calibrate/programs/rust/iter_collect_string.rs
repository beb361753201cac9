// Collecting into a String: chars reserve the lower size hint first, &str pieces are
// pushed one by one, and Strings reuse the first one's buffer.
fn main() {
    let s = "hello world";
    let up: String = s.chars().map(|c| if c == 'o' { '0' } else { c }).collect();
    println!("{} cap {}", up, up.capacity());
    let rev: String = s.chars().rev().collect();
    println!("{} cap {}", rev, rev.capacity());
    let joined: String = vec!["ab", "cd", "ef"].iter().cloned().collect();
    println!("{} cap {}", joined, joined.capacity());
    let owned: String = (1..4).map(|i| i.to_string()).collect();
    println!("{} cap {}", owned, owned.capacity());
    let only: String = s.chars().filter(|c| *c != 'l').collect();
    println!("{} cap {}", only, only.capacity());
}
