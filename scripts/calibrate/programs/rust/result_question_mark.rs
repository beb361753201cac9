// Result carries either a value or an error; `?` returns the error to the caller early, and
// the caller decides with `match`. An error that is a String owns its heap buffer, which
// travels up through `?` without being copied.
#[derive(Debug)]
enum ParseError {
    Empty,
    BadDigit(i32),
    TooBig(u64),
}

fn digit(d: i32) -> Result<u64, ParseError> {
    if d >= 0 && d <= 9 {
        Ok(d as u64)
    } else {
        Err(ParseError::BadDigit(d))
    }
}

fn parse(s: &[i32]) -> Result<u64, ParseError> {
    if s.len() == 0 {
        return Err(ParseError::Empty);
    }
    let mut n = 0;
    for &d in s {
        n = n * 10 + digit(d)?;
        if n > 1000 {
            return Err(ParseError::TooBig(n));
        }
    }
    Ok(n)
}

fn double(s: &[i32]) -> Result<u64, ParseError> {
    let n = parse(s)?;
    Ok(n * 2)
}

fn check_name(name: &str) -> Result<String, String> {
    if name.len() < 3 {
        return Err(format!("name '{}' is too short", name));
    }
    let mut owned = String::from(name);
    owned.push('!');
    Ok(owned)
}

fn greet(name: &str) -> Result<usize, String> {
    let n = check_name(name)?;
    println!("hello {}", n);
    Ok(n.len())
}

fn main() {
    let inputs: Vec<Vec<i32>> = vec![vec![4, 2], vec![], vec![4, -1, 2], vec![9, 9, 9, 9, 9], vec![7]];
    for s in &inputs {
        match double(s) {
            Ok(v) => println!("{:?} -> {}", s, v),
            Err(e) => println!("{:?} -> error {:?}", s, e),
        }
    }
    let r = parse(&[1, 2]);
    println!("{} {} {:?}", r.is_ok(), r.is_err(), r);
    println!("{:?} {:?}", parse(&[5]).ok(), parse(&[]).ok());
    println!("{}", parse(&[10]).unwrap_or(0));
    println!("{:?}", greet("Ada"));
    println!("{:?}", greet("Al"));
    println!("{}", greet("Bo").unwrap_or_default());
}
