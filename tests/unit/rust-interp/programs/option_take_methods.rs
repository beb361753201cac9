// Option::take on a field through &mut self, on a local and through a &mut Option.
struct Slot {
    item: Option<String>,
}

impl Slot {
    fn put(&mut self, s: &str) -> Option<String> {
        let old = self.item.take();
        self.item = Some(s.to_string());
        old
    }
}

fn main() {
    let mut s = Slot { item: None };
    println!("{:?}", s.put("a"));
    println!("{:?}", s.put("bb"));
    let mut o = Some(String::from("x"));
    let t = o.take();
    println!("{:?} {:?}", o, t);
    let r = &mut s.item;
    let last = r.take();
    println!("{:?} {:?}", last, s.item);
}
