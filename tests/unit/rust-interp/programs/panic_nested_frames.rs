fn inner(v: &mut Vec<String>, k: usize) -> usize {
    let local = String::from("inner-local");
    v.push(local);
    let idx: usize = v.len() + k;
    v[idx].len()
}
fn main() {
    let mut v: Vec<String> = vec![String::from("a"), String::from("bb")];
    let keep = Box::new(99u32);
    println!("start {}", keep);
    let r = inner(&mut v, 1);
    println!("never {}", r);
}
