// Drop order: values are freed at the end of their scope, in reverse
// order of declaration, so both 1 MiB buffers are live at once here.
// Try: add `drop(first);` after its println and watch the peak halve.
fn main() {
    let first: Vec<u8> = vec![1; 1048576];
    println!("first {} bytes, byte {}", first.len(), first[1000]);
    let second: Vec<u8> = vec![2; 1048576];
    println!("second {} bytes, byte {}", second.len(), second[1000]);
}
