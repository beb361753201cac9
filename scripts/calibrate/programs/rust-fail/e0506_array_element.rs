// Assigning to an array element while another element is borrowed: rustc does not tell indices apart.
fn main() {
    let mut a = [1, 2, 3];
    let r = &a[0];
    a[1] = 20;
    println!("{}", r);
}
