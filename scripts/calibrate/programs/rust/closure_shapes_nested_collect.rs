// Closures in more shapes: one that pushes into a captured Vec (FnMut), one composed from two
// others and returned, early return, nested closures, a move closure returning its capture,
// and collects nested inside closures (their target known only from the outer collect).
fn compose(f: impl Fn(i32) -> i32, g: impl Fn(i32) -> i32) -> impl Fn(i32) -> i32 {
    move |x| g(f(x))
}
fn main() {
    let mut v: Vec<i32> = Vec::new();
    let mut push = |x: i32| v.push(x);
    push(1);
    push(2);
    println!("{:?} {}", v, v.capacity());
    let h = compose(|x| x + 1, |x| x * 10);
    println!("{}", h(2));
    let classify = |n: i32| -> &str {
        if n < 0 {
            return "neg";
        }
        "non-neg"
    };
    println!("{} {}", classify(-1), classify(3));
    let text = "the quick brown fox";
    let vowels = text.chars().filter(|c| *c == 'o' || *c == 'u').count();
    println!("{}", vowels);
    let m = v.iter().map(|x| x * 3).max().unwrap();
    println!("{}", m);
    let outer = 5;
    let f = |x: i32| {
        let g = |y: i32| y + outer;
        g(x) * 2
    };
    println!("{}", f(1));
    let strs: Vec<String> = vec![String::from("ab"), String::from("c")];
    let total: usize = strs.iter().map(|s| s.len()).sum();
    let upper: Vec<String> = strs.iter().map(|s| format!("{}!", s)).collect();
    println!("{} {:?}", total, upper);
    let mut counter = 0;
    (0..5).for_each(|_| counter += 1);
    println!("{}", counter);
    let nested: Vec<Vec<i32>> = (1..4).map(|n| (0..n).collect()).collect();
    println!("{:?}", nested);
    let flat: Vec<i32> = nested.iter().flat_map(|r| r.iter().cloned()).collect();
    println!("{:?} {}", flat, flat.capacity());
    let s = String::from("moved");
    let consume = move || s;
    let back = consume();
    println!("{}", back);
    let sq: Vec<i64> = [1i64, 2, 3].iter().map(|&x| x * x).collect();
    println!("{:?}", sq);
}
