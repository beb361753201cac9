// Modules in one file: `mod geometry` with public structs, fields, methods,
// constants and nested modules, reached by paths (`geometry::area`), `use`
// and `self::`/`super::`. Modules cost nothing at run time.
mod geometry {
    pub const UNIT: u32 = 1;

    pub struct Point {
        pub x: i32,
        pub y: i32,
    }

    impl Point {
        pub fn new(x: i32, y: i32) -> Point {
            Point { x, y }
        }

        pub fn manhattan(&self) -> i32 {
            self.x.abs() + self.y.abs()
        }
    }

    pub fn area(w: u32, h: u32) -> u32 {
        w * h * UNIT
    }

    pub mod shapes {
        pub struct Rect {
            pub w: u32,
            pub h: u32,
        }

        pub fn rect_area(r: &Rect) -> u32 {
            super::area(r.w, r.h)
        }

        pub fn unit_square() -> Rect {
            Rect { w: super::UNIT, h: self::one() }
        }

        fn one() -> u32 {
            1
        }
    }
}

use geometry::shapes::{self, Rect};
use geometry::Point;

fn main() {
    let p = Point::new(3, -4);
    println!("({}, {}) {}", p.x, p.y, p.manhattan());
    println!("{}", geometry::area(6, 7));
    let r = Rect { w: 2, h: 5 };
    println!("{}", shapes::rect_area(&r));
    let u = geometry::shapes::unit_square();
    println!("{} {}", u.w * u.h, geometry::UNIT);
    let pts = vec![Point::new(1, 1), geometry::Point { x: -2, y: 0 }];
    let total: i32 = pts.iter().map(|p| p.manhattan()).sum();
    println!("{}", total);
}
