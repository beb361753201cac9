// Threads, Arc/Weak, Mutex/RwLock, atomics and mpsc (lib/rust/interp/std-thread.ts, std-sync.ts,
// std-chan.ts). Every allocator sequence below was recorded from rustc 1.95 -O (x86_64 Linux) with the
// calibration's counting allocator around the same statements (stdout's buffer created before).
import { describe, expect, it } from 'vitest';
import { checkRust } from '@/lib/rust/interp';
import { compact, main, run } from './helpers';

/** The allocator calls of a program that prints at the end (its 1024-byte stdout buffer left out). */
const seq = (body: string, items = '') => {
  const r = run(main(body, items));
  expect(r.diagnostics).toEqual([]);
  expect(r.stderr).toBe('');
  return compact(r).filter((x) => x !== 'a1024');
};

describe('thread::spawn allocations (as measured)', () => {
  it('a Packet Arc sized by the result, the boxed closure (+ 40 bytes), a 24-byte start box', () => {
    const use = 'use std::thread;';
    expect(seq('let n: u64 = 3;\nlet h = thread::spawn(move || n + 1);\nlet r = h.join().unwrap();\nprintln!("{}", r);', use)).toEqual(['a48', 'a48', 'a24', 'd24', 'd48', 'd48']);
    expect(seq('let n: u64 = 3;\nlet h = thread::spawn(move || [n; 8]);\nlet r = h.join().unwrap();\nprintln!("{}", r[0]);', use)).toEqual(['a96', 'a48', 'a24', 'd24', 'd48', 'd96']);
    expect(seq('let a = [3u8; 100];\nlet h = thread::spawn(move || a[3] as u64);\nlet r = h.join().unwrap();\nprintln!("{}", r);', use)).toEqual(['a48', 'a144', 'a24', 'd24', 'd144', 'd48']);
    expect(seq('let h = thread::spawn(move || ());\nh.join().unwrap();\nprintln!("done");', use)).toEqual(['a48', 'a40', 'a24', 'd24', 'd40', 'd48']);
  });

  it("the thread's own allocations come between its start and the closure box's free; the result moves out", () => {
    expect(seq('let h = thread::spawn(|| String::from("hi"));\nlet s = h.join().unwrap();\nprintln!("{}", s);', 'use std::thread;')).toEqual(['a48', 'a40', 'a24', 'd24', 'a2', 'd40', 'd48', 'd2']);
  });

  it('thread::scope: the 40-byte ScopeData around the threads; all pending threads start at the first join', () => {
    const use = 'use std::thread;';
    expect(seq('let n: u64 = 1;\nthread::scope(|s| {\n    s.spawn(|| n + 1);\n});\nprintln!("{}", n);', use)).toEqual(['a40', 'a48', 'a48', 'a24', 'd24', 'd48', 'd48', 'd40']);
    expect(seq('let n: u64 = 1;\nthread::scope(|s| {\n    let a = s.spawn(|| n + 1);\n    let b = s.spawn(|| n + 2);\n    a.join().unwrap();\n    b.join().unwrap();\n});\nprintln!("{}", n);', use)).toEqual([
      'a40', 'a48', 'a48', 'a24', 'a48', 'a48', 'a24', 'd24', 'd48', 'd24', 'd48', 'd48', 'd48', 'd40',
    ]);
  });

  it('a handle dropped before its thread runs: the thread frees the Packet, then its closure box', () => {
    // Recorded (rustc 1.95 -O, six runs of this program): a real thread whose handle main has already
    // dropped frees its start box (24), its Packet (48), then its closure box (64); the real threads
    // interleave two at a time on this 2-core machine, the simulated ones run one after another. (A real
    // thread that finishes before main drops its handle frees the box first and main the Packet later;
    // the simulated threads never run that early.) vec![0u64; 4] is alloc_zeroed in the real run.
    const body = 'let data: Vec<u64> = (1..=16).collect();\nlet mut partial = vec![0u64; 4];\nthread::scope(|s| {\n    for (i, slot) in partial.iter_mut().enumerate() {\n        let part = &data[i * 4..(i + 1) * 4];\n        s.spawn(move || {\n            *slot = part.iter().sum();\n        });\n    }\n});\nprintln!("{:?}", partial);';
    const one = ['a48', 'a64', 'a24'];
    expect(seq(body, 'use std::thread;')).toEqual(['a128', 'a32', 'a40', ...one, ...one, ...one, ...one, ...Array(4).fill(['d24', 'd48', 'd64']).flat(), 'd40', 'd32', 'd128']);
  });

  it('each site says which thread allocated (0 = main)', () => {
    const r = run(main('let h = thread::spawn(|| vec![1u8, 2, 3]);\nlet v = h.join().unwrap();\nprintln!("{}", v.len());', 'use std::thread;'));
    expect(r.threads).toBe(true);
    const vecSite = r.sites.find((s) => s.reason.startsWith('vec!'))!;
    expect(vecSite.goroutines).toEqual([1]);
    expect(r.sites.find((s) => s.reason.startsWith('thread::spawn: Packet'))!.goroutines).toEqual([0]);
    expect(run(main('let v = vec![1u8];\nprintln!("{}", v.len());')).threads).toBeUndefined();
  });

  it('a spawned thread starts only when main blocks: its prints come after main\'s earlier ones', () => {
    const r = run(main('let h = thread::spawn(|| println!("child"));\nprintln!("main");\nh.join().unwrap();\nprintln!("joined");', 'use std::thread;'));
    expect(r.stdout).toBe('main\nchild\njoined\n');
  });
});

describe('Arc, Weak, Mutex, RwLock, atomics', () => {
  it('Arc<Mutex<u64>> is 16 + 16 bytes; Arc<RwLock<Vec<u8>>> 16 + 40 (as measured)', () => {
    expect(seq('let m = Arc::new(Mutex::new(5u64));\nlet r = Arc::new(RwLock::new(vec![1u8]));\n{\n    let g = m.lock().unwrap();\n    let _ = *g;\n}\ndrop(m);\ndrop(r);\nprintln!("x");', 'use std::sync::{Arc, Mutex, RwLock};')).toEqual(['a32', 'a1', 'a56', 'd32', 'd1', 'd56']);
    expect(run(main('println!("{} {}", std::mem::size_of::<Mutex<u64>>(), std::mem::size_of::<RwLock<Vec<u8>>>());', 'use std::sync::{Mutex, RwLock};')).stdout).toBe('16 40\n');
  });

  it('a Weak keeps the RcBox, not the value: the String is freed with the last Rc, the box with the last Weak', () => {
    const r = run(main('let a = Rc::new(String::from("hey"));\nlet w = Rc::downgrade(&a);\ndrop(a);\nprintln!("{}", w.upgrade().is_none());\ndrop(w);\nprintln!("end");', 'use std::rc::Rc;'));
    expect(r.stdout).toBe('true\nend\n');
    expect(compact(r).filter((x) => x !== 'a1024')).toEqual(['a3', 'a40', 'd3', 'd40']);
  });

  it('a guard held while locking again is a deadlock in Rust: the program stops', () => {
    const r = run(main('let m = Mutex::new(1);\nlet a = m.lock().unwrap();\nlet b = m.lock().unwrap();\nprintln!("{} {}", *a, *b);', 'use std::sync::Mutex;'));
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toContain('deadlock');
  });

  it('fetch_add returns the old value and wraps like the integer', () => {
    const r = run(main('let a = AtomicU64::new(u64::MAX);\nlet old = a.fetch_add(2, Ordering::SeqCst);\nprintln!("{} {}", old, a.load(Ordering::Relaxed));', 'use std::sync::atomic::{AtomicU64, Ordering};'));
    expect(r.stdout).toBe('18446744073709551615 1\n');
  });
});

describe('mpsc (as measured)', () => {
  it('channel(): the 512-byte counter at once, blocks of 31 slots from the first send; a block goes with the recv of its last slot', () => {
    const body = 'let (tx, rx) = mpsc::channel::<u64>();\nfor i in 0..40 {\n    tx.send(i).unwrap();\n}\nlet tx2 = tx.clone();\ndrop(tx);\ndrop(tx2);\nlet s: u64 = rx.iter().sum();\ndrop(rx);\nprintln!("{}", s);';
    expect(seq(body, 'use std::sync::mpsc;')).toEqual(['a512', 'a504', 'a504', 'd504', 'd504', 'd512']);
  });

  it('sync_channel(n): the slot buffer, then the 640-byte counter; sync_channel(0): a 136-byte counter', () => {
    expect(seq('let (tx, rx) = mpsc::sync_channel::<u64>(3);\ntx.send(1).unwrap();\nlet a = rx.recv().unwrap();\ndrop(tx);\ndrop(rx);\nprintln!("{}", a);', 'use std::sync::mpsc;')).toEqual(['a48', 'a640', 'd48', 'd640']);
    expect(seq('let (tx, rx) = mpsc::sync_channel::<u64>(0);\ndrop(tx);\ndrop(rx);\nprintln!("x");', 'use std::sync::mpsc;')).toEqual(['a136', 'd136']);
  });

  it('recv on an empty channel runs the pending threads first; without senders it is Err(RecvError)', () => {
    const r = run(main('let (tx, rx) = mpsc::channel();\nthread::spawn(move || tx.send(5u8).unwrap());\nprintln!("{:?}", rx.recv());\nprintln!("{:?}", rx.recv());', 'use std::sync::mpsc;\nuse std::thread;'));
    expect(r.stdout).toBe('Ok(5)\nErr(RecvError)\n');
  });
});

describe('what a spawned closure may capture', () => {
  it("E0373 without move, E0277 for Rc / RefCell / Cell (rustc's words)", () => {
    expect(checkRust(main('let v = vec![1];\nlet h = thread::spawn(|| v.len());\nh.join().unwrap();', 'use std::thread;'))[0]).toMatchObject({ code: 'E0373', message: 'closure may outlive the current function, but it borrows `v`, which is owned by the current function' });
    expect(checkRust(main('let a = Rc::new(1u8);\nthread::spawn(move || *a).join().unwrap();', 'use std::rc::Rc;\nuse std::thread;'))[0]).toMatchObject({ code: 'E0277', message: '`Rc<u8>` cannot be sent between threads safely' });
    expect(checkRust(main('let c = std::cell::Cell::new(1u8);\nthread::scope(|s| {\n    s.spawn(|| c.get());\n});', 'use std::thread;'))[0]).toMatchObject({ code: 'E0277', message: '`Cell<u8>` cannot be shared between threads safely' });
    // Arc<Mutex<T>> is fine
    expect(checkRust(main('let a = Arc::new(Mutex::new(1u8));\nlet b = Arc::clone(&a);\nthread::spawn(move || *b.lock().unwrap() += 1).join().unwrap();', 'use std::sync::{Arc, Mutex};\nuse std::thread;'))).toEqual([]);
  });
});
