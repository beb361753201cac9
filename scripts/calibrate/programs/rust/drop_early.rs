// drop(v) frees a value's buffer at that point instead of at the end of the
// scope: the second 1 MiB buffer can reuse the room of the first, and the
// peak of live bytes is 1 MiB rather than 2 MiB (compare
// drop_at_scope_end).
fn main() {
    let first: Vec<u8> = vec![1; 1048576];
    println!("first {} bytes, byte {}", first.len(), first[1000]);
    drop(first);
    let second: Vec<u8> = vec![2; 1048576];
    println!("second {} bytes, byte {}", second.len(), second[1000]);
}
