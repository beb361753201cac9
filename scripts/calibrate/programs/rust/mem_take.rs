// std::mem::take moves the value out and leaves Default::default() behind:
// for a Vec or String that is an empty, unallocated value, so taking costs
// no allocation and the buffer moves to the new owner without a copy.
fn drain_into(buf: &mut Vec<u32>, out: &mut Vec<Vec<u32>>) {
    let full: Vec<u32> = std::mem::take(buf);
    out.push(full);
}

fn main() {
    let mut batch: Vec<u32> = Vec::new();
    let mut batches: Vec<Vec<u32>> = Vec::new();
    for i in 0..30u32 {
        batch.push(i);
        if batch.len() == 10 {
            drain_into(&mut batch, &mut batches);
            println!(
                "took a batch; left behind: len {} cap {}",
                batch.len(),
                batch.capacity()
            );
        }
    }
    for b in &batches {
        println!("batch len {} cap {} first {}", b.len(), b.capacity(), b[0]);
    }
    let mut name: String = String::from("temporary");
    let taken: String = std::mem::take(&mut name);
    println!("taken {:?}, left {:?} cap {}", taken, name, name.capacity());
}
