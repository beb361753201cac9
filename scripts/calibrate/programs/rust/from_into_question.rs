// impl From<X> for Y gives Y::from(x) and x.into(); `?` converts an error through From before returning it
#[derive(Debug)]
enum AppError {
    Parse(String),
    Range(u32),
}

#[derive(Debug)]
struct ParseErr {
    input: String,
}

struct RangeErr(u32);

impl From<ParseErr> for AppError {
    fn from(e: ParseErr) -> Self {
        AppError::Parse(e.input)
    }
}

impl From<RangeErr> for AppError {
    fn from(e: RangeErr) -> Self {
        AppError::Range(e.0)
    }
}

#[derive(Debug)]
struct Celsius(f64);

struct Fahrenheit(f64);

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Celsius {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

fn parse_digit(s: &str) -> Result<u32, ParseErr> {
    if s.len() == 1 && s >= "0" && s <= "9" {
        Ok(s.len() as u32 * 7)
    } else {
        Err(ParseErr { input: s.to_string() })
    }
}

fn check(n: u32) -> Result<u32, RangeErr> {
    if n < 5 { Ok(n) } else { Err(RangeErr(n)) }
}

fn run(s: &str, limit: u32) -> Result<u32, AppError> {
    let d = parse_digit(s)?;
    let c = check(d + limit)?;
    Ok(c * 10)
}

fn main() {
    let c = Celsius::from(Fahrenheit(212.0));
    let d: Celsius = Fahrenheit(32.0).into();
    println!("{:?} {}", c, d.0);
    println!("{:?}", run("3", 0));
    println!("{:?}", run("x", 0));
    println!("{:?}", run("3", 9));
    match run("toolong", 1) {
        Ok(v) => println!("ok {}", v),
        Err(AppError::Parse(s)) => println!("parse error in {}", s),
        Err(AppError::Range(n)) => println!("out of range: {}", n),
    }
}
