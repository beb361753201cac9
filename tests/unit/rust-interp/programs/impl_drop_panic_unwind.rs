// A panic inside a method: the Drop impls of the callee's locals, its by-value parameter and
// main's locals run while unwinding.
struct Trace {
    id: u32,
    data: Vec<u32>,
}

impl Drop for Trace {
    fn drop(&mut self) {
        println!("drop {} with {}", self.id, self.data.len());
    }
}

impl Trace {
    fn get(&self, i: usize) -> u32 {
        self.data[i]
    }
}

fn work(t: Trace, i: usize) -> u32 {
    let local = Trace { id: 99, data: vec![0; 3] };
    t.get(i) + local.get(0)
}

fn main() {
    let a = Trace { id: 1, data: vec![1, 2, 3] };
    let b = Trace { id: 2, data: vec![4, 5] };
    println!("{}", work(b, 1));
    let c = Trace { id: 3, data: Vec::new() };
    println!("{}", a.get(2) + c.get(0));
}
