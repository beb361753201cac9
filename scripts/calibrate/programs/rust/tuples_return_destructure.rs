// A tuple groups values without naming a type: a function can return
// (String, String) and the caller destructures it with `let (a, b) = ...`.
// The tuple lives on the stack; its Strings move out without a copy, and
// swapping two Strings through a tuple allocates nothing.
fn split_at(s: &str, at: usize) -> (String, String) {
    (s[..at].to_string(), s[at..].to_string())
}

fn min_max(v: &[i32]) -> (i32, i32) {
    let mut lo = v[0];
    let mut hi = v[0];
    for &x in v {
        if x < lo {
            lo = x;
        }
        if x > hi {
            hi = x;
        }
    }
    (lo, hi)
}

fn main() {
    let (head, tail) = split_at("hello world", 5);
    println!("[{}] [{}] caps {} {}", head, tail, head.capacity(), tail.capacity());
    let pair = min_max(&[4, -2, 9, 7]);
    println!("min {} max {}", pair.0, pair.1);
    let (a, b) = (String::from("left"), String::from("right"));
    let (b, a) = (a, b);
    println!("{} {}", a, b);
    let t: (u8, u64, u8) = (1, 2, 3);
    println!("{:?} is {} bytes", t, std::mem::size_of::<(u8, u64, u8)>());
}
