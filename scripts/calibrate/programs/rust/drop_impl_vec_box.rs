// Drop glue follows ownership: a Vec drops its elements front to back and
// then frees its buffer; a Box runs its contents' drop and then frees its
// own allocation; `pop` hands an element to the caller, who drops it.
struct Job {
    id: u32,
    payload: Vec<u8>,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("job {} done ({} bytes)", self.id, self.payload.len());
    }
}

fn job(id: u32, n: usize) -> Job {
    Job { id, payload: vec![0u8; n] }
}

fn main() {
    let mut queue = Vec::new();
    for i in 1..=4 {
        queue.push(job(i, i as usize * 10));
    }
    let boxed = Box::new(job(9, 5));
    if let Some(last) = queue.pop() {
        println!("popped {}", last.id);
    }
    println!("queue has {}, boxed {}", queue.len(), boxed.id);
}
