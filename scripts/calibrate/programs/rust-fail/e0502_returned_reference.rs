// A function returning &i32 from a &Vec<i32> argument keeps the Vec borrowed (lifetime elision).
fn largest(v: &Vec<i32>) -> &i32 {
    let mut m = &v[0];
    for x in v {
        if *x > *m {
            m = x;
        }
    }
    m
}

fn main() {
    let mut v = vec![3, 9, 4];
    let big = largest(&v);
    v.push(10);
    println!("{}", big);
}
