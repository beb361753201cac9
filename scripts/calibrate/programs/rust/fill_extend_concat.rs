// fill clones into every slot but the last with clone_from (a String slot reuses its own buffer:
// no allocation when it is big enough) and moves the value into the last; VecDeque::extend from a
// Vec or a mapped range reserves the exact count once; concat of &strs allocates exactly.
use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<String> = VecDeque::new();
    d.push_back(String::from("a"));
    d.extend(vec![String::from("b"), String::from("c")]);
    d.extend((0..3).map(|i| i.to_string()));
    println!("{:?} {}", d, d.capacity());
    let mut w = vec![String::from("x"), String::from("y")];
    w.fill(String::from("z"));
    println!("{:?}", w);
    let parts = ["ab", "c"].concat();
    println!("{} {}", parts, parts.capacity());
    let t = d.iter().map(|s| s.as_str()).collect::<Vec<&str>>().concat();
    println!("{}", t);
}
