// `impl Drop` runs code when a value is destroyed: at the end of its scope,
// in reverse order of declaration; a struct's own drop runs before its
// fields are dropped; a moved value is dropped by its new owner; drop(x)
// destroys it at once.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair ({}, {})", self.left.name, self.right.name);
    }
}

fn make(name: &str) -> Noisy {
    Noisy { name: name.to_string() }
}

fn take(n: Noisy) {
    println!("took {}", n.name);
}

fn main() {
    let a = make("a");
    let b = make("b");
    {
        let c = make("c");
        println!("inner scope with {}", c.name);
    }
    let p = Pair { left: make("l"), right: make("r") };
    take(b);
    let d = make("d");
    drop(a);
    println!("end of main with {} and {}", p.left.name, d.name);
}
