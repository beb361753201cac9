// A path must name a module that exists: `geometri::area` is a typo for
// `geometry::area`.
mod geometry {
    pub fn area(w: u32, h: u32) -> u32 {
        w * h
    }
}

fn main() {
    println!("{}", geometri::area(2, 3));
}
