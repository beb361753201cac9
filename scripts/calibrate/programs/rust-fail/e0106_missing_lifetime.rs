// Returning a reference needs to say what it borrows from: with two reference parameters, elision cannot tell.
fn longest(a: &String, b: &String) -> &String {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let a = String::from("apple");
    let b = String::from("fig");
    println!("{}", longest(&a, &b));
}
