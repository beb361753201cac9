// clone() of a Vec<String> is deep: one allocation for the new outer buffer
// plus one per String (each exactly its length), whereas moving the Vec
// allocates nothing.
fn main() {
    let mut words: Vec<String> = Vec::with_capacity(8);
    words.push(String::from("alpha"));
    words.push(String::from("beta"));
    words.push(String::from("gamma"));
    words.push(String::from("delta"));
    words.push(String::from("epsilon"));
    let copy: Vec<String> = words.clone();
    println!(
        "original cap {}, clone len {} cap {}",
        words.capacity(),
        copy.len(),
        copy.capacity()
    );
    let moved: Vec<String> = words;
    let mut bytes: usize = 0;
    for w in &moved {
        bytes += w.len();
    }
    for w in copy.iter() {
        bytes += w.capacity();
    }
    println!("bytes {}", bytes);
}
