// A struct with a private field can't be built with a struct literal outside
// its module: that is what constructors like `new` are for.
mod shapes {
    pub struct Circle {
        pub r: f64,
        id: u32,
    }
}

fn main() {
    let c = shapes::Circle { r: 1.0, id: 7 };
    println!("{}", c.r);
}
