// Closures capture what they use: by shared reference if they only read it, by unique
// reference if they mutate it (FnMut, needs `let mut` on the closure), nothing on the heap.
fn main() {
    let base = 10;
    let add = |x: i32| x + base;
    println!("{} {}", add(1), add(2));
    let mut count = 0;
    let mut bump = || count += 1;
    bump();
    bump();
    bump();
    println!("count = {}", count);
    let words = vec![String::from("a"), String::from("bb")];
    let total_len = || words.iter().map(|w| w.len()).sum::<usize>();
    println!("total {}", total_len());
    println!("still usable: {:?}", words);
}
