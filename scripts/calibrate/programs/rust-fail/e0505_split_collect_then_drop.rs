// The pieces `split` yields are slices of the String: a Vec<&str> collected
// from them keeps the String borrowed, so it can't be dropped while in use.
fn main() {
    let line = String::from("a,b,c");
    let fields: Vec<&str> = line.split(',').collect();
    drop(line);
    println!("{:?}", fields);
}
