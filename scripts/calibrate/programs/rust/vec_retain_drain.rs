// Vec::retain keeps the elements the closure accepts and drops the others where they stand (no
// allocation); drain(range) takes a range out: collected it allocates exactly its length, dropped
// unconsumed it drops the drained Strings; the Vec keeps its buffer and capacity throughout.
fn main() {
    let mut v: Vec<u32> = (1..=10).collect();
    v.retain(|&x| x % 3 != 0);
    println!("{:?} {} {}", v, v.len(), v.capacity());
    let mid: Vec<u32> = v.drain(2..5).collect();
    println!("{:?} {:?} {}", v, mid, v.capacity());
    v.drain(..2);
    println!("{:?}", v);
    let mut names = vec![String::from("ann"), String::from("bob"), String::from("cy"), String::from("dee")];
    names.retain(|n| n.len() == 3);
    println!("{:?}", names);
    let taken: Vec<String> = names.drain(1..).collect();
    println!("{:?} {:?}", names, taken);
    let mut more = vec![String::from("x"), String::from("yy"), String::from("zzz")];
    more.drain(..2);
    println!("{:?} {}", more, more.capacity());
    let all: Vec<String> = more.drain(..).collect();
    println!("{} {}", all.len(), more.is_empty());
}
