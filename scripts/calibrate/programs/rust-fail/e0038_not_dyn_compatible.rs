// A trait with a method returning Self is not dyn compatible: it can't be made into a trait object
trait Cloner {
    fn dup(&self) -> Self;
    fn name(&self) -> String;
}

struct A;

impl Cloner for A {
    fn dup(&self) -> Self {
        A
    }
    fn name(&self) -> String {
        String::from("a")
    }
}

fn main() {
    let x: Box<dyn Cloner> = Box::new(A);
    println!("{}", x.name());
}
