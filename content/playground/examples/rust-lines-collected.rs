// Collect everything first: every line becomes an owned String in a Vec,
// all alive at once, before a single one is looked at.
fn main() {
    let text = "GET /index.html 200\nGET /api/items 500\nPOST /api/items 201\n".repeat(2000);
    let lines: Vec<String> = text.lines().map(|l| l.to_string()).collect();
    let mut errors = 0;
    for line in &lines {
        if line.ends_with(" 500") {
            errors += 1;
        }
    }
    println!("errors: {}", errors);
}
