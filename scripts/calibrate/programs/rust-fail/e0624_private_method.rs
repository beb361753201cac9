// Methods are private to their module unless marked `pub`, even when the
// struct itself is public.
mod counter {
    pub struct Counter {
        pub n: u32,
    }

    impl Counter {
        pub fn bump(&mut self) {
            self.reset_if_big();
            self.n += 1;
        }

        fn reset_if_big(&mut self) {
            if self.n > 100 {
                self.n = 0;
            }
        }
    }
}

fn main() {
    let mut c = counter::Counter { n: 5 };
    c.bump();
    c.reset_if_big();
    println!("{}", c.n);
}
