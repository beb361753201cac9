// iter().max() yields Option<&i32>, not Option<i32>: annotating the result as Option<i32> is a type
// mismatch (copy the value out with .copied() or *).
fn main() {
    let v = vec![3, 9, 4];
    let m: Option<i32> = v.iter().max();
    println!("{:?}", m);
}
