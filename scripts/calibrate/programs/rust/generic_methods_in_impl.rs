// Generic methods in an impl block: one instance per type argument, inferred from the arguments or given as wrap::<u64>
trait Describe { fn describe(&self) -> String; }
#[derive(Debug)]
struct Dog;
impl Describe for Dog { fn describe(&self) -> String { String::from("dog") } }
struct Cat { lives: u8 }
impl Describe for Cat { fn describe(&self) -> String { format!("cat with {} lives", self.lives) } }
struct Shelter { name: String, log: Vec<String> }
impl Shelter {
    fn admit<T: Describe>(&mut self, a: &T) {
        self.log.push(format!("{} admits {}", self.name, a.describe()));
    }
    fn wrap<T>(x: T) -> Vec<T> {
        let mut v = Vec::with_capacity(2);
        v.push(x);
        v
    }
}
fn main() {
    let mut s = Shelter { name: String::from("S"), log: Vec::new() };
    s.admit(&Dog);
    s.admit(&Cat { lives: 9 });
    println!("{:?}", s.log);
    let w = Shelter::wrap(Dog);
    let n = Shelter::wrap::<u64>(7);
    println!("{:?} {} {} {}", w, w.capacity(), n[0], n.capacity());
}
