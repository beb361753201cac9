// str::replace and str::repeat build new Strings: one byte for one byte maps
// into an exact buffer; a longer replacement starts at the input's length
// and grows; a shorter one starts empty and grows with each piece; repeat
// allocates len * n exactly.
fn main() {
    let s = "a-b-c-d";
    let dots = s.replace('-', ".");
    println!("{} {}", dots, dots.capacity());
    let wide = s.replace("-", " -> ");
    println!("{} {}", wide, wide.capacity());
    let short = "one, two, three, four".replace(", ", ",");
    println!("{} {}", short, short.capacity());
    let none = "nothing here".replace("zz", "yy");
    println!("{} {}", none, none.capacity());
    let line = "=".repeat(12);
    println!("{} {}", line, line.capacity());
    let e = "ab".repeat(0);
    println!("[{}] {}", e, e.capacity());
    let uni = "café café".replace("é", "e\u{301}");
    println!("{} {} {}", uni, uni.len(), uni.capacity());
}
