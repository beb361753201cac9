// Thread per request vs a pool of N threads fed by a sync_channel(C), on rustc 1.95 (lib/rust/threads.ts is
// checked against this output, tests/fixtures/calibration/rust-threads.json). A request makes per_req
// buffers of `size` bytes (vec![0u8; size]) and drops them. Counted by the counting allocator over the whole
// run: spawning, the channel, joining; every case 5 times (threads really run in parallel: the pool's blocking
// sends and receives allocate wait entries depending on timing). Thread stacks are mmap'd, not heap.
include!("counting_alloc.rs");
use std::hint::black_box;
use std::sync::mpsc::sync_channel;
use std::thread;

fn handle(r: usize, per_req: usize, size: usize) {
    for _ in 0..per_req {
        let mut b = vec![0u8; size].into_boxed_slice();
        b[0] = r as u8;
        black_box(&b);
    }
}

fn run(kind: &str, requests: usize, per_req: usize, size: usize, workers: usize, cap: usize) -> String {
    let mut handles = Vec::with_capacity(requests.max(workers));
    measure_start();
    if kind == "perRequest" {
        for r in 0..requests {
            handles.push(thread::spawn(move || handle(r, per_req, size)));
        }
        for h in handles.drain(..) {
            h.join().unwrap();
        }
    } else {
        let (tx, rx) = sync_channel::<usize>(cap);
        let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
        for _ in 0..workers {
            let rx = rx.clone();
            handles.push(thread::spawn(move || loop {
                let r = match rx.lock().unwrap().recv() {
                    Ok(r) => r,
                    Err(_) => break,
                };
                handle(r, per_req, size);
            }));
        }
        for r in 0..requests {
            tx.send(r).unwrap();
        }
        drop(tx);
        for h in handles.drain(..) {
            h.join().unwrap();
        }
    }
    let out = measure_stop();
    let cut = out.find(",\"eventCount\"").unwrap();
    format!("{{\"kind\":\"{}\",\"requests\":{},\"perReq\":{},\"size\":{},\"workers\":{},\"capacity\":{},{}}}", kind, requests, per_req, size, workers, cap, &out[1..cut])
}

fn main() {
    let mut cases = Vec::new();
    for &(requests, per_req, size) in &[(200usize, 4usize, 1024usize), (100, 2, 4096)] {
        let mut runs = Vec::new();
        for _ in 0..5 {
            runs.push(run("perRequest", requests, per_req, size, 0, 0));
        }
        cases.push(format!("[{}]", runs.join(",")));
        for &(w, c) in &[(4usize, 16usize), (8, 0), (2, 64)] {
            let mut runs = Vec::new();
            for _ in 0..5 {
                runs.push(run("pool", requests, per_req, size, w, c));
            }
            cases.push(format!("[{}]", runs.join(",")));
        }
    }
    println!("{{\"cases\":[{}]}}", cases.join(","));
}
