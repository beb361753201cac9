// `fn longest<'a>(a: &'a str, b: &'a str) -> &'a str`: the result borrows from
// both arguments, so it may be used while both Strings live. No allocation
// beyond the two Strings.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn first_word<'a>(s: &'a str) -> &'a str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

struct Highlight<'t> {
    part: &'t str,
    line: usize,
}

fn main() {
    let a = String::from("borrowed");
    let b = String::from("checker");
    let l = longest(&a, &b);
    println!("{} (of {} and {})", l, a, b);
    let text = "alpha beta\ngamma\ndelta epsilon";
    let mut hs: Vec<Highlight> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        hs.push(Highlight { part: first_word(line), line: i + 1 });
    }
    for h in &hs {
        println!("line {}: {}", h.line, h.part);
    }
    let s: &'static str = "static text";
    println!("{}", longest(s, l));
}
