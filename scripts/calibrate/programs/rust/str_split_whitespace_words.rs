// split_whitespace skips runs of spaces, tabs and newlines; collecting the
// words into a Vec<&str> allocates 4 slices (64 bytes) and doubles, and
// to_uppercase builds a new String per word.
fn main() {
    let text = "  the quick\tbrown   fox\njumps over the lazy dog  ";
    let words: Vec<&str> = text.split_whitespace().collect();
    println!("{} words, cap {}", words.len(), words.capacity());
    let mut longest = "";
    for w in &words {
        if w.len() > longest.len() {
            longest = w;
        }
    }
    println!("longest: {}", longest);
    let shout: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{:?}", shout);
    let total: usize = text.split_whitespace().map(|w| w.len()).sum();
    println!("letters {}", total);
    println!("{}", "MiXeD".to_lowercase());
}
