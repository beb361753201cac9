// Patterns beyond a single name: guards (`if`), `@` bindings that keep the matched value,
// or-patterns, ranges and nested variants with struct fields.
#[derive(Debug, Clone, Copy)]
enum Temp {
    Celsius(i32),
    Fahrenheit(i32),
}

#[derive(Debug)]
enum Event {
    Reading { sensor: u8, temp: Temp },
    Alarm(u8),
    Idle,
}

fn classify(t: Temp) -> String {
    match t {
        Temp::Celsius(c) if c < 0 => format!("freezing ({}C)", c),
        Temp::Celsius(c @ 0..=25) => format!("mild ({}C)", c),
        Temp::Celsius(c) => format!("hot ({}C)", c),
        Temp::Fahrenheit(f) if f < 32 => format!("freezing ({}F)", f),
        Temp::Fahrenheit(f) => format!("not freezing ({}F)", f),
    }
}

fn main() {
    let events = vec![
        Event::Reading { sensor: 1, temp: Temp::Celsius(-5) },
        Event::Reading { sensor: 2, temp: Temp::Celsius(18) },
        Event::Reading { sensor: 3, temp: Temp::Fahrenheit(100) },
        Event::Alarm(7),
        Event::Idle,
        Event::Alarm(200),
    ];
    for e in &events {
        match e {
            Event::Reading { sensor: 1 | 2, temp } => println!("front sensor: {}", classify(*temp)),
            Event::Reading { sensor, temp: Temp::Fahrenheit(f) } => println!("sensor {} in F: {}", sensor, f),
            Event::Reading { sensor, .. } => println!("sensor {}", sensor),
            Event::Alarm(code @ 0..=99) => println!("minor alarm {}", code),
            Event::Alarm(code) => println!("major alarm {}", code),
            Event::Idle => println!("idle"),
        }
    }
    let n = 42;
    let size = match n {
        0 => "zero",
        x if x % 2 == 0 && x > 40 => "big even",
        1..=9 => "digit",
        _ => "other",
    };
    println!("{} is {}", n, size);
}
