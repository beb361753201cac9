// Two modules may use the same names: `circle::area` and `square::area` are
// different functions, and inside a module a plain `area` (or `self::area`)
// means its own. Only the format! Strings allocate.
mod circle {
    pub const NAME: &str = "circle";
    pub fn area(r: f64) -> f64 {
        3.0 * r * r
    }
    pub fn describe(r: f64) -> String {
        format!("{} of area {}", NAME, area(r))
    }
}
mod square {
    pub const NAME: &str = "square";
    pub fn area(s: f64) -> f64 {
        s * s
    }
    pub fn describe(s: f64) -> String {
        format!("{} of area {}", self::NAME, self::area(s))
    }
}
fn area() -> u32 {
    7
}
fn main() {
    println!("{} {} {}", circle::area(1.0), square::area(2.0), area());
    println!("{}", circle::describe(2.0));
    println!("{}", square::describe(3.0));
    println!("{} {}", circle::NAME, square::NAME);
}
