// first(), last(), get() and iter().max() return Option<&T>: `if let Some(&x)` or `*` copies the
// value out, `copied()` turns Option<&T> into Option<T>, and `as_deref` views an Option<String> as an
// Option<&str> without allocating. Only the Vec and the Strings allocate.
fn longest(words: &[String]) -> Option<&String> {
    let mut best: Option<&String> = None;
    for w in words {
        if best.map_or(true, |b| w.len() > b.len()) {
            best = Some(w);
        }
    }
    best
}

fn main() {
    let v = vec![12, 7, 30, 4];
    if let Some(&first) = v.first() {
        println!("first {}", first);
    }
    let top = *v.iter().max().unwrap();
    let low = v.iter().min().copied();
    println!("{} {:?} {:?}", top, low, v.get(1).copied());
    match v.get(10) {
        Some(x) => println!("got {}", x),
        None => println!("index 10 is past the end of {:?}", v),
    }
    let words = vec![String::from("tide"), String::from("harbour"), String::from("sea")];
    println!("{:?}", longest(&words));
    let title: Option<String> = Some(String::from("Captain"));
    let shown: Option<&str> = title.as_deref();
    println!("{:?} {}", shown, shown.map_or(0, |s| s.len()));
    let last_len = words.last().map(|w| w.len()).unwrap_or(0);
    println!("{}", last_len);
}
