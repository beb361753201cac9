// The Rust counterparts of the sync.Pool lab's workload (lib/rust/poolsim.ts is checked against this
// output, tests/fixtures/calibration/rust-pool.json): `requests` requests, each taking `per_req`
// buffers of `size` bytes, writing to them and giving them back.
//   none     a new vec![0u8; size] per buffer, dropped at the end of the request
//   freelist a Vec<Box<[u8]>> free list: pop() or allocate, push() back
//   clear    per_req Vec<u8> kept across requests: clear() then resize(size, x)
//   fresh    a new Vec::new() + resize(size, x) per buffer (what clear() saves)
// Every case is measured with the counting global allocator (counting_alloc.rs); no events kept.
include!("counting_alloc.rs");
use std::hint::black_box;

fn run(mode: &str, requests: usize, per_req: usize, size: usize) -> String {
    let mut held: Vec<Box<[u8]>> = Vec::with_capacity(per_req);
    let mut bufs: Vec<Vec<u8>> = (0..per_req).map(|_| Vec::new()).collect();
    let mut fresh: Vec<Vec<u8>> = Vec::with_capacity(per_req);
    measure_start();
    match mode {
        "none" => {
            for r in 0..requests {
                for _ in 0..per_req {
                    let mut b = vec![0u8; size].into_boxed_slice();
                    b[0] = r as u8;
                    held.push(b);
                }
                black_box(&held);
                held.clear();
            }
        }
        "freelist" => {
            let mut free: Vec<Box<[u8]>> = Vec::new();
            for r in 0..requests {
                for _ in 0..per_req {
                    let mut b = free.pop().unwrap_or_else(|| vec![0u8; size].into_boxed_slice());
                    b[0] = r as u8;
                    held.push(b);
                }
                black_box(&held);
                free.extend(held.drain(..).rev());
            }
            black_box(&free);
            drop(free);
        }
        "clear" => {
            for r in 0..requests {
                for b in bufs.iter_mut() {
                    b.clear();
                    b.resize(size, r as u8);
                }
                black_box(&bufs);
            }
        }
        "fresh" => {
            for r in 0..requests {
                for _ in 0..per_req {
                    let mut b = Vec::new();
                    b.resize(size, r as u8);
                    fresh.push(b);
                }
                black_box(&fresh);
                fresh.clear();
            }
        }
        _ => panic!("unknown mode"),
    }
    let out = measure_stop();
    drop(bufs);
    drop(held);
    drop(fresh);
    // Leave the event log out: the fixture records totals.
    let cut = out.find(",\"eventCount\"").unwrap();
    format!("{{\"mode\":\"{}\",\"requests\":{},\"perReq\":{},\"size\":{},{}}}", mode, requests, per_req, size, &out[1..cut])
}

fn main() {
    let mut cases = Vec::new();
    for &(requests, per_req, size) in &[(1000usize, 4usize, 1024usize), (500, 16, 512), (100, 2, 40000), (10000, 64, 64)] {
        for mode in ["none", "freelist", "clear", "fresh"] {
            cases.push(run(mode, requests, per_req, size));
        }
    }
    println!("{{\"cases\":[{}]}}", cases.join(","));
}
