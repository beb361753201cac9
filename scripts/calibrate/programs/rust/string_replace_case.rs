// str::replace and friends allocate the result: one ASCII byte for one byte is a single exact
// allocation; a longer replacement starts at the input's length and grows; a shorter one starts
// empty and grows as pieces are pushed; replacen starts at 32 bytes. to_uppercase/to_lowercase
// allocate the input's length and grow only when the result is longer (ß → SS keeps the length).
fn main() {
    let s = String::from("hello world, hello heap");
    let a = s.replace("o", "0");
    let b = s.replace('l', "L");
    let c = s.replace("hello", "hi");
    let d = s.replace("l", "[l]");
    let e = s.replacen("hello", "bye", 1);
    println!("{} {}", a, a.capacity());
    println!("{} {}", b, b.capacity());
    println!("{} {}", c, c.capacity());
    println!("{} {}", d, d.capacity());
    println!("{} {}", e, e.capacity());
    let up = s.to_uppercase();
    let low = "MiXeD CaSe".to_lowercase();
    let german = "straße".to_uppercase();
    let accents = "ÉCOLE".to_lowercase();
    println!("{} {}", up, up.capacity());
    println!("{} {}", low, low.capacity());
    println!("{} {} {}", german, german.len(), german.capacity());
    println!("{} {}", accents, accents.capacity());
    let none = s.replace("xyz", "abc");
    println!("{} {}", none == s, none.capacity());
}
