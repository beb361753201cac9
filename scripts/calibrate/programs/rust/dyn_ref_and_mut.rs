// &dyn Trait and &mut dyn Trait: the same function works on any implementor, through the vtable
trait Counter {
    fn bump(&mut self);
    fn get(&self) -> u32;
    fn show(&self) -> String {
        format!("count = {}", self.get())
    }
}

struct Simple {
    n: u32,
}

struct Stepped {
    n: u32,
    step: u32,
}

impl Counter for Simple {
    fn bump(&mut self) {
        self.n += 1;
    }
    fn get(&self) -> u32 {
        self.n
    }
}

impl Counter for Stepped {
    fn bump(&mut self) {
        self.n += self.step;
    }
    fn get(&self) -> u32 {
        self.n
    }
    fn show(&self) -> String {
        format!("stepped by {}: {}", self.step, self.n)
    }
}

fn bump_three(c: &mut dyn Counter) {
    c.bump();
    c.bump();
    c.bump();
}

fn print(c: &dyn Counter) {
    println!("{}", c.show());
}

fn main() {
    let mut a = Simple { n: 0 };
    let mut b = Stepped { n: 10, step: 5 };
    bump_three(&mut a);
    bump_three(&mut b);
    print(&a);
    print(&b);
    let r: &dyn Counter = &b;
    println!("{}", r.get() + a.get());
}
