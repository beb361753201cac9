// Slicing a &str takes byte offsets: `&s[0..2]` on "héllo" would cut the 'é'
// (bytes 1..3) in half, so it panics with std's message naming the char and
// its byte range. char_indices gives the offsets that are safe to cut at.
fn main() {
    let s = String::from("héllo");
    for (i, c) in s.char_indices() {
        println!("{} {} {}", i, c, s.is_char_boundary(i));
    }
    println!("{}", &s[0..1]);
    println!("{}", &s[1..3]);
    let cut = s.find('l').unwrap();
    println!("{} | {}", &s[..cut], &s[cut..]);
    let end = cut - 1;
    println!("{}", &s[0..end]);
}
