// Option's closure-taking methods: `map` and `and_then` run the closure only on Some (a String made
// inside is the only heap use), `unwrap_or_else` builds the fallback lazily (no allocation when the
// value is there), `filter`, `map_or`, `is_some_and`, `ok_or_else`, and `copied` on an Option<&T>.
fn main() {
    let name: Option<String> = Some(String::from("ferris"));
    let len = name.as_ref().map(|s| s.len());
    println!("{:?}", len);
    let shout = name.map(|s| s + "!");
    println!("{:?}", shout);
    let none: Option<String> = None;
    let fallback = none.unwrap_or_else(|| String::from("anonymous"));
    println!("{} {}", fallback, fallback.capacity());
    let here: Option<String> = Some(String::from("x"));
    let kept = here.unwrap_or_else(|| String::from("never built"));
    println!("{}", kept);
    let n: Option<i32> = Some(7);
    let doubled = n.and_then(|x| if x > 5 { Some(x * 2) } else { None });
    let small = n.filter(|&x| x < 5);
    println!("{:?} {:?}", doubled, small);
    println!("{} {}", n.map_or(0, |x| x + 1), small.map_or(-1, |x| x + 1));
    println!("{} {}", n.is_some_and(|x| x % 7 == 0), small.is_some_and(|x| x > 0));
    let e: Result<i32, String> = small.ok_or_else(|| format!("missing {}", 5));
    println!("{:?}", e);
    let v = vec![4, 8, 15];
    let first = v.first().copied().unwrap_or(0);
    let big = v.iter().find(|&&x| x > 10).copied();
    println!("{} {:?} {:?}", first, big, v);
    let words = vec![String::from("a"), String::from("bc")];
    let last: Option<String> = words.last().cloned();
    println!("{:?} {}", last, words.len());
}
