// The String is dropped at the end of the inner block, while the outer reference is still used.
fn main() {
    let longest: &String;
    {
        let s = String::from("inner");
        longest = &s;
    }
    println!("{}", longest);
}
