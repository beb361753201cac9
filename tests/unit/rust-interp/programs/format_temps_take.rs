struct Pair {
    name: String,
    data: Vec<u64>,
}
fn make(n: u64) -> Vec<u64> {
    let mut v: Vec<u64> = Vec::with_capacity(2);
    let mut i: u64 = 0;
    while i < n {
        v.push(i * i);
        i += 1;
    }
    v
}
fn total(v: &Vec<u64>) -> u64 {
    let mut s: u64 = 0;
    for x in v {
        s += *x;
    }
    s
}
fn main() {
    let a = String::from("alpha");
    let b = Box::new(Pair { name: String::from("beta"), data: make(5) });
    {
        let t = format!("{}-{}", a, b.name);
        println!("{} {}", t, t.len());
    }
    let n = String::from("temp").len();
    println!("n={} total={}", n, total(&b.data));
    let mut words: Vec<String> = Vec::new();
    for i in 0..6 {
        words.push(format!("w{}", i));
    }
    let c = words.clone();
    words.truncate(2);
    let taken = std::mem::take(&mut words);
    println!("{:?} {:?} {}", taken, words, c.len());
    drop(c);
    let x: i32 = -17;
    let f: f64 = 2.5;
    println!("{} {:?} {:.3} {} {:?}", x, f, f, 1.0f64 / 3.0, 1e20f64);
    println!("{:>6}|{:<4}|{:^7}|{:05}|{:+}", 42, "ab", "mid", -7, 3);
    let o: Option<u8> = Some(3);
    println!("{:?} {:?}", o, b.data);
}
