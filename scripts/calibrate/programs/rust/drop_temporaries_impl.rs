// When does a temporary die? `make("t").len()` drops its value at the end
// of the statement, `let _ = make("u")` drops it at once (`_` binds
// nothing), `let _keep = make("k")` lives to the end of the scope, and a
// value passed by value is dropped at the end of the callee.
struct Loud {
    name: String,
}

impl Loud {
    fn len(&self) -> usize {
        self.name.len()
    }
}

impl Drop for Loud {
    fn drop(&mut self) {
        println!("  drop {}", self.name);
    }
}

fn make(name: &str) -> Loud {
    Loud { name: String::from(name) }
}

fn consume(l: Loud) -> usize {
    println!("  consume {}", l.name);
    l.len()
}

fn main() {
    println!("statement temporary:");
    let n = make("temp").len();
    println!("len was {}", n);
    println!("let _:");
    let _ = make("underscore");
    println!("let _keep:");
    let _keep = make("kept");
    println!("by value:");
    let m = consume(make("moved"));
    println!("consumed {}", m);
    println!("end of main");
}
