// Drop order: reverse declaration order at scope end; temporaries at the end of their statement.
struct Holder {
    first: String,
    second: Vec<u8>,
}
fn build(n: usize) -> String {
    let mut s = String::with_capacity(n);
    s.push_str("built");
    s
}
fn main() {
    let a = String::from("a");
    let bb = String::from("bb");
    let ccc = String::from("ccc");
    println!("{}", build(7).len() + build(9).capacity());
    let h = Holder { first: String::from("dddd"), second: vec![1, 2, 3, 4, 5] };
    {
        let inner = vec![String::from("eeeee"), String::from("ffffff")];
        println!("{}", inner.len());
    }
    let shadow = String::from("gggggggg");
    let shadow = shadow.len();
    let mut v: Vec<Box<u64>> = Vec::new();
    for i in 0..3u64 {
        v.push(Box::new(i));
        if i == 1 {
            let t = String::from("loop-temp");
            println!("{}", t);
            continue;
        }
    }
    let mut count = 0;
    loop {
        let x = Box::new(count);
        count += 1;
        if *x > 2 {
            break;
        }
    }
    println!("{} {} {} {} {} {} {}", a, bb, ccc, h.first, h.second.len(), shadow, v.len());
    let moved = bb;
    println!("{}", moved);
}
