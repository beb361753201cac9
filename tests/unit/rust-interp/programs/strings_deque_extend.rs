fn main() {
    let mut s = String::new();
    for i in 0..20 {
        s.push_str("ab");
        s.push('x');
        if i % 7 == 0 {
            s += "--";
        }
    }
    println!("{} {} {}", s.len(), s.capacity(), s);
    let mut t = String::with_capacity(3);
    t.push_str("hello world");
    let u = t.clone() + "!";
    println!("{} {} {}", t.capacity(), u, u.capacity());
    let w = 12345.to_string();
    let y = (-5i64).to_string();
    let z = format!("{}", 3.75f64);
    println!("{} {} {} {}", w, y, z, w.capacity());
    let mut dq: std::collections::VecDeque<i32> = std::collections::VecDeque::new();
    for i in 0..9 {
        if i % 2 == 0 { dq.push_back(i); } else { dq.push_front(i); }
    }
    while let Some(x) = dq.pop_front() {
        print!("{} ", x);
    }
    println!();
    let mut v: Vec<u8> = Vec::new();
    v.extend_from_slice(&[1, 2, 3]);
    v.extend_from_slice(&[4; 10]);
    v.shrink_to_fit();
    v.reserve_exact(5);
    v.reserve(1);
    println!("{} {}", v.len(), v.capacity());
    let mut total: u8 = 250;
    for x in v.iter() { total = total.wrapping_add(*x); total += 1; }
    println!("{}", total);
}
