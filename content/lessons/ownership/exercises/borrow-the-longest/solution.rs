// longest returns the longest word of text, or fallback when text has no
// word longer than it. The lifetime 'a says the result borrows from text
// or fallback, so nothing is copied.
fn longest<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    let mut best = fallback;
    for word in text.split_whitespace() {
        if word.len() > best.len() {
            best = word;
        }
    }
    best
}

fn main() {
    let w = longest("a be cat bird horse rabbit giraffe elephants", "-");
    println!("{} ({} bytes)", w, w.len());
}
