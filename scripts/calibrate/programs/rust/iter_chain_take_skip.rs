// chain, take, skip and rev: size hints add up (chain) or shrink (take/skip), so
// collect still allocates the exact length where std can prove it.
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![10, 20];
    let all: Vec<i32> = a.iter().chain(b.iter()).cloned().collect();
    println!("{:?} cap {}", all, all.capacity());
    let first: Vec<u32> = (0..100).take(5).collect();
    println!("{:?} cap {}", first, first.capacity());
    let tail: Vec<i32> = a.iter().skip(1).copied().collect();
    println!("{:?} cap {}", tail, tail.capacity());
    let back: Vec<i32> = all.iter().rev().map(|x| x * 2).collect();
    println!("{:?} cap {}", back, back.capacity());
    let stepped: Vec<usize> = (0..20usize).step_by(5).collect();
    println!("{:?} cap {}", stepped, stepped.capacity());
}
