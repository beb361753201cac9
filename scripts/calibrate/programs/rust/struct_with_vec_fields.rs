// A struct owning a Vec and a String: the struct itself lives on the stack
// (no allocation), its fields' buffers on the heap. Functions borrow it
// with & to read and &mut to change it; all buffers are freed when the
// struct goes out of scope.
struct Inventory {
    name: String,
    counts: Vec<u32>,
    total: u64,
}

fn add(inv: &mut Inventory, n: u32) {
    inv.counts.push(n);
    inv.total += 1;
}

fn report(inv: &Inventory) -> u32 {
    let s: u32 = inv.counts.iter().sum();
    s
}

fn main() {
    let mut inv: Inventory = Inventory {
        name: String::from("shop"),
        counts: Vec::new(),
        total: 0,
    };
    for i in 1..=20u32 {
        add(&mut inv, i);
    }
    inv.name.push_str(" #1");
    println!(
        "{}: {} entries, sum {}, cap {}",
        inv.name,
        inv.total,
        report(&inv),
        inv.counts.capacity()
    );
}
