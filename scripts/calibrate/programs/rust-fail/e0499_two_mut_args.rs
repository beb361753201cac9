// The same Vec cannot be passed as two &mut arguments.
fn move_all(from: &mut Vec<i32>, to: &mut Vec<i32>) {
    while let Some(x) = from.pop() {
        to.push(x);
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    move_all(&mut v, &mut v);
    println!("{:?}", v);
}
