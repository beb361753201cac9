// Without an explicit drop both 1 MiB buffers stay alive until the end of
// main and are freed there in reverse order of declaration: the peak of
// live bytes is 2 MiB (compare drop_early).
fn main() {
    let first: Vec<u8> = vec![1; 1048576];
    println!("first {} bytes, byte {}", first.len(), first[1000]);
    let second: Vec<u8> = vec![2; 1048576];
    println!("second {} bytes, byte {}", second.len(), second[1000]);
}
