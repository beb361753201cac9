// Process each line as you pass it: lines() borrows slices of the text, so
// counting needs no allocation beyond the text itself.
// Try: compare with B, which first collects every line as its own String.
fn main() {
    let text = "GET /index.html 200\nGET /api/items 500\nPOST /api/items 201\n".repeat(2000);
    let mut errors = 0;
    for line in text.lines() {
        if line.ends_with(" 500") {
            errors += 1;
        }
    }
    println!("errors: {}", errors);
}
