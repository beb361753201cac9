// A Vec<Box<dyn Trait>>: each Box allocates its concrete type's size, drops run the concrete Drop in order
trait Animal {
    fn speak(&self) -> String;
    fn legs(&self) -> u32 {
        4
    }
}

struct Dog {
    name: String,
}

struct Bird {
    wings: u8,
}

struct Fish;

impl Animal for Dog {
    fn speak(&self) -> String {
        format!("{} says woof", self.name)
    }
}

impl Animal for Bird {
    fn speak(&self) -> String {
        String::from("tweet")
    }
    fn legs(&self) -> u32 {
        2 + self.wings as u32 * 0
    }
}

impl Animal for Fish {
    fn speak(&self) -> String {
        String::from("...")
    }
    fn legs(&self) -> u32 {
        0
    }
}

impl Drop for Dog {
    fn drop(&mut self) {
        println!("drop dog {}", self.name);
    }
}

impl Drop for Bird {
    fn drop(&mut self) {
        println!("drop bird");
    }
}

fn main() {
    let mut zoo: Vec<Box<dyn Animal>> = Vec::new();
    zoo.push(Box::new(Dog { name: String::from("rex") }));
    zoo.push(Box::new(Bird { wings: 2 }));
    zoo.push(Box::new(Fish));
    let mut legs = 0;
    for a in &zoo {
        println!("{}", a.speak());
        legs += a.legs();
    }
    println!("legs: {}", legs);
    println!("box size: {}", std::mem::size_of::<Box<dyn Animal>>());
    println!("ref size: {}", std::mem::size_of::<&dyn Animal>());
    let first = zoo.remove(0);
    println!("removed: {}", first.speak());
    drop(first);
    println!("end of main");
}
