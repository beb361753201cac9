// Text processing without copying: `lines()`, `split(',')`, `trim()` and
// `parse::<i64>()` borrow from the input; only collecting into a Vec<&str>
// allocates (Split's size hint is (0, Some(len + 1)), so the Vec grows 4 → 8).
fn main() {
    let input = "10, 20,30\n 4,5 ,6\n\n7,8,9,10,11";
    let mut total: i64 = 0;
    for line in input.lines() {
        let line = line.trim();
        if line.is_empty() {
            println!("(blank)");
            continue;
        }
        let fields: Vec<&str> = line.split(',').collect();
        let mut sum = 0i64;
        for f in &fields {
            sum += f.trim().parse::<i64>().unwrap();
        }
        println!("{} fields, sum {}", fields.len(), sum);
        total += sum;
    }
    println!("total {}", total);
}
