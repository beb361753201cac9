// iter_mut() hands out `&mut` to each element: changes in place, no allocation.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    for x in v.iter_mut() {
        *x *= 10;
    }
    v.iter_mut().for_each(|x| *x += 1);
    println!("{:?}", v);
    let mut names = vec![String::from("a"), String::from("b")];
    for n in names.iter_mut() {
        n.push('!');
    }
    println!("{:?}", names);
}
