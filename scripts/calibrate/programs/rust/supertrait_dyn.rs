// A supertrait's methods are callable through the subtrait's objects and from its default methods
trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greeting(&self) -> String {
        format!("Hello, {}!", self.name())
    }
}

struct English {
    who: String,
}

struct Pirate;

impl Named for English {
    fn name(&self) -> String {
        self.who.clone()
    }
}

impl Greeter for English {}

impl Named for Pirate {
    fn name(&self) -> String {
        String::from("matey")
    }
}

impl Greeter for Pirate {
    fn greeting(&self) -> String {
        format!("Ahoy, {}!", self.name())
    }
}

fn main() {
    let gs: Vec<Box<dyn Greeter>> = vec![Box::new(English { who: String::from("Ann") }), Box::new(Pirate)];
    for g in gs.iter() {
        println!("{} / {}", g.greeting(), g.name());
    }
    println!("{}", gs.len());
}
