// `{}` needs Display: a struct that only implements the program's own trait can't be printed with it
trait Named {
    fn name(&self) -> String;
}

struct City {
    pop: u32,
}

impl Named for City {
    fn name(&self) -> String {
        format!("city of {}", self.pop)
    }
}

fn main() {
    let c = City { pop: 10 };
    println!("{}", c.name());
    println!("{}", c);
}
