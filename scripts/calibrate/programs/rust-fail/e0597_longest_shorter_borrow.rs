// `longest` ties its result to both arguments ('a is the shorter of the two
// borrows), so the result can't be used after `b` is dropped.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = String::from("long string");
    let result;
    {
        let b = String::from("xyz");
        result = longest(a.as_str(), b.as_str());
    }
    println!("{}", result);
}
