// impl Drop through owners: struct fields, Vec elements, a Box, a value passed through a function,
// Vec::remove, a tuple destructured with `_`, if-let moving out of an Option, mem::drop.
struct Named {
    name: String,
}

impl Drop for Named {
    fn drop(&mut self) {
        println!("drop {} ({} bytes)", self.name, self.name.len());
    }
}

struct Holder {
    a: Named,
    list: Vec<Named>,
    boxed: Box<Named>,
}

fn make(s: &str) -> Named {
    Named { name: s.to_string() }
}

fn pass_through(n: Named) -> Named {
    println!("passing {}", n.name);
    n
}

fn main() {
    let h = Holder {
        a: make("a"),
        list: vec![make("l1"), make("l2")],
        boxed: Box::new(make("boxed")),
    };
    let x = pass_through(make("x"));
    let mut v = Vec::new();
    v.push(make("v1"));
    v.push(x);
    v.remove(0);
    println!("v has {}", v.len());
    let t = (make("t0"), make("t1"));
    let (first, _) = t;
    println!("first {}", first.name);
    {
        let _inner = make("inner");
        let opt = Some(make("opt"));
        if let Some(n) = opt {
            println!("got {}", n.name);
        }
        println!("leaving block");
    }
    std::mem::drop(h);
    println!("end");
}
