// Moving a field out of a struct leaves it partially moved: the whole struct cannot be used.
#[derive(Debug)]
struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("ann"), age: 30 };
    let n = u.name;
    println!("{} {:?}", n, u);
}
