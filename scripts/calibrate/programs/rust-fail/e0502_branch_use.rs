// Liveness follows the branches: the reference is used again only in the else branch, but that is enough.
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &v;
    if v.len() > 5 {
        println!("long");
    } else {
        v.push(4);
        println!("{}", r.len());
    }
}
