// A method taking `self` by value consumes the receiver: `into_label` moves
// the String out of the struct (no copy, no allocation) and the rest of the
// struct is dropped when the method returns. Using the value afterwards is a
// compile error (E0382), so the caller can't touch the moved buffer.
struct Tagged {
    label: String,
    data: Vec<u64>,
}

impl Tagged {
    fn new(label: &str, n: u64) -> Tagged {
        let mut data = Vec::with_capacity(n as usize);
        for i in 0..n {
            data.push(i * i);
        }
        Tagged { label: label.to_string(), data }
    }

    fn into_label(self) -> String {
        println!("consuming {} ({} values)", self.label, self.data.len());
        self.label
    }

    fn sum(&self) -> u64 {
        self.data.iter().sum()
    }
}

fn main() {
    let t = Tagged::new("squares", 8);
    println!("sum {}", t.sum());
    let mut name = t.into_label();
    name.push_str("!");
    println!("{} (cap {})", name, name.capacity());
}
