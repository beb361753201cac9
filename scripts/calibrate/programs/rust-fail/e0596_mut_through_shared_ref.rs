// A &Vec parameter gives read-only access: push needs &mut.
fn add_one(v: &Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut v = vec![0];
    add_one(&v);
    println!("{:?}", v);
}
