// Borrowing a field borrows that part of the struct: changing the field while the borrow lives is refused.
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut p = Player { name: String::from("ann"), score: 0 };
    let n = &p.name;
    p.score += 1;
    p.name.push('!');
    println!("{} {}", n, p.score);
}
