// to_uppercase / to_lowercase build a new String with capacity = the input's
// byte length; a character that grows when converted ('ß' → "SS") makes the
// String grow past it. eq_ignore_ascii_case compares without allocating.
fn main() {
    let words = ["Rust", "heap", "ALLOC", "straße", "Ünïcode"];
    for w in words {
        let up = w.to_uppercase();
        let low = w.to_lowercase();
        println!("{} {} {} (len {} cap {})", w, up, low, up.len(), up.capacity());
    }
    println!("{}", "Hello".eq_ignore_ascii_case("hELLO"));
    let shout = "quiet words".to_ascii_uppercase();
    println!("{} {}", shout, shout.capacity());
}
