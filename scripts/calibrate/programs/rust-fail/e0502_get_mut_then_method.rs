// A `&mut` returned by a `&mut self` method keeps the whole struct mutably borrowed, even for a `&self` call.
struct Counter {
    hits: u32,
}

impl Counter {
    fn hits_mut(&mut self) -> &mut u32 {
        &mut self.hits
    }

    fn show(&self) {
        println!("{}", self.hits);
    }
}

fn main() {
    let mut c = Counter { hits: 0 };
    let h = c.hits_mut();
    c.show();
    *h += 1;
}
