// `impl Trait` in argument position is a generic parameter: the argument's type must implement the trait
trait Describe {
    fn describe(&self) -> String;
}

struct Dog;

impl Describe for Dog {
    fn describe(&self) -> String {
        String::from("dog")
    }
}

fn show(x: impl Describe) {
    println!("{}", x.describe());
}

fn main() {
    show(Dog);
    show(5u32);
}
