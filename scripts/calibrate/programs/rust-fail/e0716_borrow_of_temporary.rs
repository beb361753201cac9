// `&String::from(..)` borrows a temporary that is dropped at the end of the statement (no `let` to extend it).
fn main() {
    let r: &String;
    {
        r = &String::from("temporary");
    }
    println!("{}", r);
}
