// Passing a Vec by value moves it into the function.
fn total(v: Vec<i32>) -> i32 {
    let mut s = 0;
    for x in v {
        s += x;
    }
    s
}

fn main() {
    let v = vec![1, 2, 3];
    let t = total(v);
    println!("{} {}", t, v.len());
}
