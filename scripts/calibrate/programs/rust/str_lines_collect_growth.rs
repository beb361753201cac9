// Collecting borrowed pieces: `lines()`, `split(' ')` and `split_whitespace()`
// have no useful size hint, so Vec<&str> starts at 4 slices (64 bytes) and
// doubles; `rsplit` walks from the end; `&s[a..b]` on a char boundary.
fn main() {
    let text = "one two  three\nfour\n\nfive six seven eight nine ten\r\nlast line";
    let lines: Vec<&str> = text.lines().collect();
    println!("{} lines, cap {}", lines.len(), lines.capacity());
    for (i, l) in lines.iter().enumerate() {
        println!("{}: {:?}", i, l);
    }
    let raw: Vec<&str> = lines[0].split(' ').collect();
    println!("{:?} cap {}", raw, raw.capacity());
    let words: Vec<&str> = text.split_whitespace().collect();
    println!("{} words, cap {}", words.len(), words.capacity());
    let path = "usr/local/share/doc";
    let last: Vec<&str> = path.rsplit('/').collect();
    println!("{:?}", last);
    let s = "héllo wörld";
    println!("{} {} {}", &s[0..1], &s[1..3], &s[7..]);
    let n = text.split('\n').filter(|l| !l.is_empty()).count();
    println!("{} non-empty", n);
}
