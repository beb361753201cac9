// Tuple structs name their fields by position (.0, .1). A newtype such as
// `Meters(u32)` has exactly the size of what it wraps: the wrapper costs
// nothing at run time, and one around a String is just that String.
use std::mem;

struct Meters(u32);
struct Name(String);
struct Rgb(u8, u8, u8);

fn total(ms: &[Meters]) -> u32 {
    let mut t = 0;
    for m in ms {
        t += m.0;
    }
    t
}

fn main() {
    let legs = vec![Meters(120), Meters(80), Meters(300)];
    println!("total {} m", total(&legs));
    let mut n = Name(String::from("Ada"));
    n.0.push_str(" Lovelace");
    let c = Rgb(255, 128, 0);
    println!("{} ({} bytes), #{:02x}{:02x}{:02x}", n.0, n.0.len(), c.0, c.1, c.2);
    println!("sizes: {} {} {}", mem::size_of::<Meters>(), mem::size_of::<Name>(), mem::size_of::<Rgb>());
}
