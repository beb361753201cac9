// Returning a borrow on one path keeps it alive for the whole function (NLL cannot end it on the other path).
fn first_positive(v: &mut Vec<i32>) -> &i32 {
    let r = &v[0];
    if *r > 0 {
        return r;
    }
    v.push(1);
    &v[0]
}

fn main() {
    let mut v = vec![-1];
    println!("{}", first_positive(&mut v));
}
