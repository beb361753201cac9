// A drain range past the end panics inside core::slice::index::range (not a track_caller function, so the
// location is in std's sources); the message is formatted into a String piece by piece, and the
// Vec is freed while unwinding.
fn main() {
    let mut v = vec![10, 20, 30];
    println!("{:?}", v);
    let end = v.len() + 2;
    let taken: Vec<i32> = v.drain(1..end).collect();
    println!("{:?}", taken);
}
