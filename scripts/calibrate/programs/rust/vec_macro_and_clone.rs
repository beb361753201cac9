// vec![x; n] and vec![a, b, c] allocate exactly the elements they hold
// (vec![0; n] asks the allocator for zeroed memory). clone() copies the
// elements into a new buffer of exactly len, dropping the spare capacity
// the original had. Note: with -O, LLVM sees that `zeros` is only read as
// zeros and removes its allocation altogether; the opt-level=0 build makes
// it (the fixture's statsDebug).
fn main() {
    let zeros: Vec<u32> = vec![0; 100];
    println!("vec![0; 100]: len {} cap {}", zeros.len(), zeros.capacity());
    let sevens: Vec<u32> = vec![7; 10];
    println!(
        "vec![7; 10]: len {} cap {}",
        sevens.len(),
        sevens.capacity()
    );
    let lit: Vec<u32> = vec![1, 2, 3];
    println!("vec![1, 2, 3]: len {} cap {}", lit.len(), lit.capacity());

    let mut grown: Vec<u32> = Vec::new();
    for i in 0..5 {
        grown.push(i);
    }
    let copy: Vec<u32> = grown.clone();
    println!(
        "grown: len {} cap {}; clone: len {} cap {}",
        grown.len(),
        grown.capacity(),
        copy.len(),
        copy.capacity()
    );
    let z: u32 = zeros.iter().sum();
    let s: u32 = sevens.iter().sum();
    let l: u32 = lit.iter().sum();
    let c: u32 = copy.iter().sum();
    println!("sums {} {} {} {}", z, s, l, c);
}
