// longest returns the longest word of text, or fallback when text has no
// word longer than it. Returning a &str here would not compile (E0106:
// missing lifetime specifier), so this version returns an owned String.
fn longest(text: &str, fallback: &str) -> String {
    let mut best = fallback.to_string();
    for word in text.split_whitespace() {
        if word.len() > best.len() {
            best = word.to_string();
        }
    }
    best
}

fn main() {
    let w = longest("a be cat bird horse rabbit giraffe elephants", "-");
    println!("{} ({} bytes)", w, w.len());
}
