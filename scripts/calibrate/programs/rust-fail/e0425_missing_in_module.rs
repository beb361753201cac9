// A function called through a module path must exist in that module.
mod geometry {
    pub fn area(w: u32, h: u32) -> u32 {
        w * h
    }
}

fn main() {
    println!("{}", geometry::perimeter(2, 3));
}
