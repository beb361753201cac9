// A variant's payload is owned by the enum: a String or Vec inside a variant is freed when
// the enum value is dropped, and matching by value moves the payload out (then the new owner
// frees it). Unit variants own nothing.
#[derive(Debug)]
enum Msg {
    Quit,
    Text(String),
    Bytes(Vec<u8>),
    Pair { key: String, value: String },
}

fn describe(m: &Msg) -> usize {
    match m {
        Msg::Quit => 0,
        Msg::Text(s) => s.len(),
        Msg::Bytes(b) => b.len(),
        Msg::Pair { key, value } => key.len() + value.len(),
    }
}

fn main() {
    let mut inbox = Vec::new();
    inbox.push(Msg::Text(String::from("hello")));
    inbox.push(Msg::Bytes(vec![1, 2, 3, 4, 5, 6, 7, 8]));
    inbox.push(Msg::Pair { key: String::from("lang"), value: String::from("rust") });
    inbox.push(Msg::Quit);
    for m in &inbox {
        println!("{:?}: {} bytes", m, describe(m));
    }
    println!("size_of::<Msg>() = {}", std::mem::size_of::<Msg>());
    let last = inbox.pop().unwrap();
    println!("popped {:?}", last);
    let first = inbox.remove(0);
    match first {
        Msg::Text(s) => {
            let mut owned = s;
            owned.push_str(", world");
            println!("{}", owned);
        }
        other => println!("other {:?}", other),
    }
    println!("{} left", inbox.len());
}
