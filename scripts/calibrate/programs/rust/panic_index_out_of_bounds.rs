// Indexing a Vec past its length panics: "index out of bounds: the len is
// 3 but the index is 3", printed after the "thread 'main' ... panicked at"
// line; the process exits with status 101. The Vec is still freed while
// the panic unwinds.
fn pick(v: &Vec<i32>, i: usize) -> i32 {
    v[i]
}

fn main() {
    let v: Vec<i32> = vec![10, 20, 30];
    for i in 0..6 {
        println!("v[{}] = {}", i, pick(&v, i));
    }
    println!("not reached");
}
