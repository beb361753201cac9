// csv_line joins the fields with commas and ends the line with a newline.
fn csv_line(fields: &[&str]) -> String {
    let mut line = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        line.push_str(f);
    }
    line.push('\n');
    line
}

fn main() {
    let line = csv_line(&["2026-12-04", "checkout", "eu-west-1", "200", "ok"]);
    print!("{}", line);
}
