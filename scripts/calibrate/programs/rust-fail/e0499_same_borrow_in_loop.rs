// Storing &mut x in a Vec inside a loop: the second iteration borrows x mutably again while the first borrow is kept.
fn main() {
    let mut x = 0;
    let mut handles: Vec<&mut i32> = Vec::new();
    for _ in 0..2 {
        handles.push(&mut x);
    }
    println!("{}", handles.len());
}
