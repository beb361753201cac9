// join and concat compute the exact total length first and allocate once: `[String].join(sep)`,
// `[&str].concat()`, `[Vec<T>].concat()` and `.join(&sep)`; `str::repeat` and `[T]::repeat` also
// allocate exactly len × n.
fn main() {
    let words = vec![String::from("heap"), String::from("stack"), String::from("arena")];
    let line = words.join(", ");
    println!("{} (len {}, cap {})", line, line.len(), line.capacity());
    let glued = words.concat();
    println!("{} {}", glued, glued.capacity());
    let parts = ["a", "bb", "ccc"];
    let dashed = parts.join("-");
    println!("{} {}", dashed, dashed.capacity());
    let rows = vec![vec![1u16, 2], vec![3], vec![4, 5, 6]];
    let flat = rows.concat();
    let sep = rows.join(&0);
    println!("{:?} {} {:?} {}", flat, flat.capacity(), sep, sep.capacity());
    let bar = "=-".repeat(5);
    println!("{} {}", bar, bar.capacity());
    let pattern = [1u8, 0].repeat(3);
    println!("{:?} {}", pattern, pattern.capacity());
    let empty: Vec<String> = Vec::new();
    let none = empty.join("+");
    println!("'{}' {}", none, none.capacity());
}
