// Newtypes with methods keep units apart at compile time for free: a
// Celsius and a Fahrenheit are both one f64 on the stack, and converting
// between them is a plain function call, with no allocation anywhere.
struct Celsius(f64);
struct Fahrenheit(f64);

impl Celsius {
    fn to_fahrenheit(&self) -> Fahrenheit {
        Fahrenheit(self.0 * 9.0 / 5.0 + 32.0)
    }
}

impl Fahrenheit {
    fn to_celsius(&self) -> Celsius {
        Celsius((self.0 - 32.0) * 5.0 / 9.0)
    }

    fn is_freezing(&self) -> bool {
        self.0 <= 32.0
    }
}

fn main() {
    let temps = [Celsius(-10.0), Celsius(0.0), Celsius(21.5), Celsius(100.0)];
    for c in &temps {
        let f = c.to_fahrenheit();
        println!("{:>6.1} C = {:>6.1} F freezing={}", c.0, f.0, f.is_freezing());
    }
    let back = Fahrenheit(98.6).to_celsius();
    println!("body {:.2} C, {} bytes", back.0, std::mem::size_of::<Celsius>());
}
