// Method calls borrow and dereference automatically: on a value, a &T, a
// &mut T or a Box<T>, `x.area()` finds `area(&self)`, inserting & or * as
// needed. Copy types can be passed to `self` methods without moving.
#[derive(Clone, Copy)]
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }

    fn scale(&mut self, k: u32) {
        self.w *= k;
        self.h *= k;
    }

    fn rotated(self) -> Rect {
        Rect { w: self.h, h: self.w }
    }
}

fn grow(r: &mut Rect) {
    r.scale(2);
}

fn main() {
    let mut r = Rect { w: 3, h: 4 };
    let by_ref = &r;
    println!("{} {}", r.area(), by_ref.area());
    grow(&mut r);
    let b = Box::new(r);
    let turned = r.rotated();
    println!("{} {} {}x{} {}", r.area(), b.area(), turned.w, turned.h, Rect::area(&turned));
    let mut boxed = Box::new(Rect { w: 1, h: 1 });
    boxed.scale(5);
    println!("boxed {}", boxed.area());
}
