// Integer and float types, literal suffixes and MAX constants: none of this
// touches the heap (the figures for this program are only the stdout
// buffer). Vec<f32> of 4-byte elements still starts at capacity 4.
fn main() {
    let a: u8 = 255;
    let b: i16 = -32768;
    let c: u32 = 4_000_000_000;
    let d: i64 = -9_000_000_000;
    let e: usize = usize::MAX;
    let f: f64 = 2.5;
    let g = 7u64;
    let h = 1.25f32;
    println!("{} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h);
    println!("{} {} {}", u8::MAX, i32::MIN, u64::MAX);
    let mut fs: Vec<f32> = Vec::new();
    let mut x: f32 = 0.5;
    while fs.len() < 5 {
        fs.push(x);
        x *= 2.0;
    }
    let s: f32 = fs.iter().sum();
    println!("{:?} sum {} cap {}", fs, s, fs.capacity());
}
