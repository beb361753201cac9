// Every missing item is named, in the trait's order
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
    fn legs(&self) -> u32;
}

struct Bird;

impl Animal for Bird {
    fn legs(&self) -> u32 {
        2
    }
}

fn main() {
    let b = Bird;
    println!("{}", b.legs());
}
