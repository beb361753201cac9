// mem::forget moves a value away without running its destructor: the String's buffer is never freed
// (a leak the allocator sees as a missing dealloc). size_of_val measures what a reference points at:
// the value's static size, or for a slice or str the length times the element size.
use std::mem;

struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let keep = Noisy { name: String::from("kept") };
    let leak = Noisy { name: String::from("leaked") };
    mem::forget(leak);
    let s = String::from("forgotten buffer");
    mem::forget(s);
    let v: Vec<u64> = vec![1, 2, 3];
    let arr = [0u16; 5];
    println!("{} {} {}", mem::size_of_val(&v), mem::size_of_val(&arr), mem::size_of_val(&v[..2]));
    println!("{} {}", mem::size_of_val("héllo"), mem::size_of_val(&keep));
    let t = (1u8, 2u32);
    println!("{} {}", mem::size_of_val(&t), mem::size_of_val(&'x'));
    println!("end of main");
}
