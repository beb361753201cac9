// Option's everyday methods: `ok_or` turns a missing value into an error (a &str: no heap), `unwrap_or_default`
// falls back to the type's default (an empty String allocates nothing), `as_ref` looks inside
// without taking the value, and `take` moves it out leaving None.
#[derive(Debug)]
struct Config {
    name: Option<String>,
    retries: Option<u32>,
}

fn name_len(c: &Config) -> Result<usize, &'static str> {
    let n = c.name.as_ref().ok_or("no name")?;
    Ok(n.len())
}

fn main() {
    let mut a = Config { name: Some(String::from("server")), retries: None };
    let b = Config { name: None, retries: Some(3) };
    println!("{:?} {:?}", name_len(&a), name_len(&b));
    println!("{} {}", a.retries.unwrap_or_default(), b.retries.unwrap_or_default());
    let empty: Option<String> = None;
    let s = empty.unwrap_or_default();
    println!("'{}' cap {}", s, s.capacity());
    if let Some(n) = a.name.as_ref() {
        println!("still here: {}", n);
    }
    let taken = a.name.take();
    println!("{:?} {:?}", taken, a);
    let r: Result<u32, &str> = b.retries.ok_or("unset");
    println!("{:?}", r);
}
