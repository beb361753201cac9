// A small allocation workload for the profile importer's DHAT and massif fixtures
// (scripts/calibrate/profiles.sh): a Vec grown one push at a time, boxed records kept until the end,
// short-lived Strings, and a large scratch buffer freed early.
#[allow(dead_code)]
struct Record {
    id: u64,
    name: String,
}

#[inline(never)]
fn grow_vec(n: u64) -> Vec<u64> {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(i);
    }
    v
}

#[inline(never)]
fn make_records(n: u64) -> Vec<Box<Record>> {
    (0..n).map(|i| Box::new(Record { id: i, name: format!("record-{}", i) })).collect()
}

#[inline(never)]
fn short_strings(n: u64) -> usize {
    let mut total = 0;
    for i in 0..n {
        let s = i.to_string().repeat(3);
        total += s.len();
    }
    total
}

#[inline(never)]
fn scratch(bytes: usize) -> u8 {
    let buf = vec![7u8; bytes];
    buf[bytes / 2]
}

fn main() {
    let v = grow_vec(10_000);
    let recs = make_records(500);
    let t = short_strings(2_000);
    let s = scratch(1 << 20);
    println!("{} {} {} {} {}", v.len(), recs.len(), recs[499].id, t, s);
}
