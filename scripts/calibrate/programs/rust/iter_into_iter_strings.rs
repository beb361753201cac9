// into_iter() moves the Strings out of the Vec; the buffer is freed when the iterator
// is done, and each String not kept is dropped.
fn main() {
    let v = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    let mut total = 0;
    for s in v.into_iter() {
        total += s.len();
        println!("{}", s);
    }
    println!("{}", total);
    let w = vec![String::from("x"), String::from("yy"), String::from("zzz")];
    println!("{:?}", w);
    let longest = w.into_iter().max_by_key(|s| s.len()).unwrap();
    println!("{}", longest);
    let bytes = vec![1u8, 2, 3];
    println!("{:?}", bytes);
    let n = bytes.into_iter().map(|b| b as u32 * 100).sum::<u32>();
    println!("{}", n);
}
