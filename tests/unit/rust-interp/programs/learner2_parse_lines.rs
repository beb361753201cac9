fn parse_line(line: &str) -> Result<(String, i32), String> {
    let parts: Vec<&str> = line.split(',').collect();
    if parts.len() != 2 {
        return Err(format!("bad line: {}", line));
    }
    let name = parts[0].trim().to_string();
    let value = parts[1].trim().parse::<i32>().map_err(|e| format!("{}: {}", name, e))?;
    Ok((name, value))
}

fn main() {
    let input = "apples, 3\npears, 10\nbad line\nplums, x\nkiwis, -4";
    let mut total = 0;
    for line in input.lines() {
        match parse_line(line) {
            Ok((name, v)) => {
                println!("{} = {}", name, v);
                total += v;
            }
            Err(e) => println!("error: {}", e),
        }
    }
    println!("total {}", total);
}
