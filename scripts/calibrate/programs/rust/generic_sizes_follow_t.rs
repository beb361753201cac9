// A generic function is compiled once per type: Box::new inside it allocates size_of::<T>() for each T
trait Label {
    fn label(&self) -> String;
}

#[derive(Debug)]
struct Small(u8);

#[derive(Debug)]
struct Big {
    data: [u64; 4],
}

impl Label for Small {
    fn label(&self) -> String {
        format!("small {}", self.0)
    }
}

impl Label for Big {
    fn label(&self) -> String {
        format!("big {}", self.data[0] + self.data[3])
    }
}

fn boxed<T: Label>(x: T) -> Box<T> {
    println!("boxing {} ({} bytes)", x.label(), std::mem::size_of::<T>());
    Box::new(x)
}

fn many<T>(x: T, n: usize) -> Vec<T>
where
    T: Label + Clone,
{
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        v.push(x.clone());
    }
    v
}

impl Clone for Small {
    fn clone(&self) -> Small {
        Small(self.0)
    }
}

fn main() {
    let a = boxed(Small(7));
    let b = boxed(Big { data: [1, 2, 3, 4] });
    println!("{} / {}", a.label(), b.label());
    println!("{:?} {:?}", a, b);
    let v = many(Small(1), 3);
    println!("{} smalls, cap {}: {:?}", v.len(), v.capacity(), v);
}
