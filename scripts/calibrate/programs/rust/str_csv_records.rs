// Parsing CSV-like records into structs: each line is split on ',' and the
// fields parsed; only the name is copied into a String (exact capacity), the
// numbers never allocate. A bad line reports the ParseFloatError.
struct Item {
    name: String,
    qty: u32,
    price: f64,
}

fn parse_line(line: &str) -> Result<Item, String> {
    let parts: Vec<&str> = line.split(',').map(|p| p.trim()).collect();
    if parts.len() != 3 {
        return Err(format!("expected 3 fields, got {}", parts.len()));
    }
    let qty = match parts[1].parse::<u32>() {
        Ok(q) => q,
        Err(e) => return Err(format!("qty {:?}: {}", parts[1], e)),
    };
    let price = match parts[2].parse::<f64>() {
        Ok(p) => p,
        Err(e) => return Err(format!("price {:?}: {}", parts[2], e)),
    };
    Ok(Item { name: parts[0].to_string(), qty, price })
}

fn main() {
    let data = "apple, 3, 0.5\npear,10,0.25\nplum, x, 1.0\nfig, 2\nkiwi, 4, 1e-1\n";
    let mut items: Vec<Item> = Vec::new();
    for line in data.lines() {
        match parse_line(line) {
            Ok(item) => items.push(item),
            Err(msg) => println!("skip: {}", msg),
        }
    }
    let mut total = 0.0;
    for it in &items {
        let cost = it.qty as f64 * it.price;
        println!("{:<6} {:>3} x {:.2} = {:.2}", it.name, it.qty, it.price, cost);
        total += cost;
    }
    println!("total {:.2} over {} items (cap {})", total, items.len(), items.capacity());
}
