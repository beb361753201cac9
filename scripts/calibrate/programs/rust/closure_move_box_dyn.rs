// A `move` closure owns its captures; Box::new(closure) allocates exactly the
// closure's size (its captured fields), and a closure capturing nothing is zero-sized.
fn main() {
    let name = String::from("world");
    let greet = move || println!("hello {}", name);
    greet();
    let k: i64 = 7;
    let add: Box<dyn Fn(i64) -> i64> = Box::new(move |x| x + k);
    println!("{}", add(5));
    let pair: Box<dyn Fn(i64) -> i64> = Box::new(move |x| x * k + k);
    println!("{}", pair(2));
    let zero: Box<dyn Fn(i64) -> i64> = Box::new(|x| x - 1);
    println!("{}", zero(1));
    let s = String::from("owned");
    let own: Box<dyn Fn() -> usize> = Box::new(move || s.len());
    println!("{}", own());
}
