// Lines borrowed from a String declared in an inner block can't be kept in a
// Vec that outlives the block.
fn main() {
    let mut firsts: Vec<&str> = Vec::new();
    {
        let text = String::from("alpha\nbeta\ngamma");
        for line in text.lines() {
            firsts.push(line);
        }
    }
    println!("{:?}", firsts);
}
