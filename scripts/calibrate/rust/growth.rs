// Measures Vec / String / VecDeque capacity growth on the real Rust std and
// prints JSON on stdout. std only; build with `rustc -O --edition 2021`.
//
// Every case is measured with the counting global allocator (counting_alloc.rs):
// the case's "alloc" object lists the allocations, reallocations and
// deallocations it made, the bytes requested, and the peak live bytes.
// The measured section ends after the collection has been dropped, so the
// final dealloc is included (endLiveBytes is then 0).

include!("counting_alloc.rs");

use std::collections::VecDeque;
use std::hint::black_box;
use std::mem::{align_of, size_of};

// ---------------------------------------------------------------------------
// JSON helpers

fn jstr(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn jpairs(v: &[(usize, usize)]) -> String {
    let items: Vec<String> = v.iter().map(|(a, b)| format!("[{},{}]", a, b)).collect();
    format!("[{}]", items.join(","))
}

fn jarr(items: &[String]) -> String {
    format!("[{}]", items.join(","))
}

/// Records (len, cap) whenever cap changed, in a pre-allocated buffer
/// (so recording never allocates while measuring).
struct Tracker {
    prev: usize,
    transitions: Vec<(usize, usize)>,
    states: Vec<(usize, usize)>,
}

impl Tracker {
    fn new(cap: usize) -> Tracker {
        Tracker {
            prev: cap,
            transitions: Vec::with_capacity(4096),
            states: Vec::with_capacity(256),
        }
    }
    fn see(&mut self, len: usize, cap: usize) {
        if cap != self.prev {
            assert!(
                self.transitions.len() < self.transitions.capacity(),
                "tracker full"
            );
            self.transitions.push((len, cap));
            self.prev = cap;
        }
    }
    fn state(&mut self, len: usize, cap: usize) {
        assert!(self.states.len() < self.states.capacity(), "tracker full");
        self.states.push((len, cap));
    }
}

// ---------------------------------------------------------------------------
// 1. Vec::new() + push, one at a time

fn push_growth<T>(elem: &str, mut make: impl FnMut() -> T) -> String {
    let size = size_of::<T>();
    let n = if size <= 160 {
        100_000
    } else {
        (16usize << 20) / size
    };
    // Elements are made before measuring and moved in and back out, so the
    // figures only show the Vec's own buffer (Box<u8> would allocate per element).
    let mut src: Vec<T> = (0..n).map(|_| make()).collect();
    let mut t = Tracker::new(0);
    measure_start();
    let mut v: Vec<T> = Vec::new();
    while v.len() < n {
        v.push(src.pop().unwrap());
        t.see(v.len(), v.capacity());
    }
    black_box(&mut v);
    src.extend(v.drain(..));
    drop(v);
    let alloc = measure_stop();
    drop(src);
    format!(
        "{{\"elem\":{},\"size\":{},\"align\":{},\"n\":{},\"transitions\":{},\"alloc\":{}}}",
        jstr(elem),
        size,
        align_of::<T>(),
        n,
        jpairs(&t.transitions),
        alloc
    )
}

fn arr<const N: usize>() -> [u8; N] {
    [0u8; N]
}

// ---------------------------------------------------------------------------
// 2. Vec operation sequences

#[derive(Clone, Copy)]
enum Init {
    New,
    WithCapacity(usize),
    VecMacro(usize),
}

#[derive(Clone, Copy)]
enum Op {
    Push(usize),
    Pop(usize),
    Reserve(usize),
    ReserveExact(usize),
    ExtendFromSlice(usize),
    ShrinkToFit,
    ShrinkTo(usize),
    Truncate(usize),
    Clear,
    Clone,
}

fn init_json(i: Init) -> String {
    match i {
        Init::New => "[\"new\"]".into(),
        Init::WithCapacity(n) => format!("[\"with_capacity\",{}]", n),
        Init::VecMacro(n) => format!("[\"vec_macro\",{}]", n),
    }
}

fn op_json(o: Op) -> String {
    match o {
        Op::Push(k) => format!("[\"push\",{}]", k),
        Op::Pop(k) => format!("[\"pop\",{}]", k),
        Op::Reserve(k) => format!("[\"reserve\",{}]", k),
        Op::ReserveExact(k) => format!("[\"reserve_exact\",{}]", k),
        Op::ExtendFromSlice(k) => format!("[\"extend_from_slice\",{}]", k),
        Op::ShrinkToFit => "[\"shrink_to_fit\"]".into(),
        Op::ShrinkTo(k) => format!("[\"shrink_to\",{}]", k),
        Op::Truncate(k) => format!("[\"truncate\",{}]", k),
        Op::Clear => "[\"clear\"]".into(),
        Op::Clone => "[\"clone\"]".into(),
    }
}

/// Runs `ops` on a Vec<T>; records the (len, cap) after every op ("states")
/// and every capacity change ("transitions"). ["push", k] = k pushes,
/// ["pop", k] = k pops, ["clone"] = v = v.clone() (the original is dropped),
/// ["extend_from_slice", k] = extend_from_slice of a k-element slice.
fn run_vec<T: Clone>(name: &str, elem: &str, x: T, init: Init, ops: &[Op]) -> String {
    let max_k = ops
        .iter()
        .map(|o| match *o {
            Op::ExtendFromSlice(k) => k,
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let src: Vec<T> = vec![x.clone(); max_k];
    let mut t = Tracker::new(0);
    measure_start();
    let mut v: Vec<T> = match init {
        Init::New => Vec::new(),
        Init::WithCapacity(n) => Vec::with_capacity(n),
        Init::VecMacro(n) => vec![x.clone(); n],
    };
    t.prev = v.capacity();
    t.state(v.len(), v.capacity());
    for &o in ops {
        match o {
            Op::Push(k) => {
                for _ in 0..k {
                    v.push(x.clone());
                    t.see(v.len(), v.capacity());
                }
            }
            Op::Pop(k) => {
                for _ in 0..k {
                    v.pop();
                }
            }
            Op::Reserve(k) => v.reserve(k),
            Op::ReserveExact(k) => v.reserve_exact(k),
            Op::ExtendFromSlice(k) => v.extend_from_slice(&src[..k]),
            Op::ShrinkToFit => v.shrink_to_fit(),
            Op::ShrinkTo(k) => v.shrink_to(k),
            Op::Truncate(k) => v.truncate(k),
            Op::Clear => v.clear(),
            Op::Clone => {
                let c = v.clone();
                v = c;
            }
        }
        black_box(&mut v);
        t.see(v.len(), v.capacity());
        t.state(v.len(), v.capacity());
    }
    drop(v);
    let alloc = measure_stop();
    drop(src);
    let ops_j: Vec<String> = ops.iter().map(|o| op_json(*o)).collect();
    format!(
        "{{\"name\":{},\"elem\":{},\"size\":{},\"align\":{},\"init\":{},\"ops\":{},\"initial\":[{},{}],\"states\":{},\"transitions\":{},\"alloc\":{}}}",
        jstr(name),
        jstr(elem),
        size_of::<T>(),
        align_of::<T>(),
        init_json(init),
        jarr(&ops_j),
        t.states[0].0,
        t.states[0].1,
        jpairs(&t.states[1..]),
        jpairs(&t.transitions),
        alloc
    )
}

fn vec_sequences() -> Vec<(&'static str, Init, Vec<Op>)> {
    use Init::*;
    use Op::*;
    let mut s: Vec<(&'static str, Init, Vec<Op>)> = vec![
        (
            "reserve then push",
            New,
            vec![
                Reserve(10),
                Push(10),
                Push(1),
                Reserve(5),
                Reserve(100),
                Push(3),
            ],
        ),
        (
            "reserve_exact then push",
            New,
            vec![
                ReserveExact(10),
                Push(10),
                Push(1),
                ReserveExact(5),
                ReserveExact(100),
                Push(3),
            ],
        ),
        (
            "reserve(1) from empty",
            New,
            vec![Reserve(1), Push(1), Reserve(1), Push(8), Reserve(1)],
        ),
        (
            "reserve_exact(1) from empty",
            New,
            vec![
                ReserveExact(1),
                Push(1),
                Push(1),
                ReserveExact(1),
                Push(2),
                Push(1),
            ],
        ),
        (
            "reserve(0) and reserve_exact(0)",
            New,
            vec![
                Reserve(0),
                ReserveExact(0),
                Push(1),
                Reserve(0),
                ReserveExact(0),
            ],
        ),
        (
            "reserve fits vs not",
            WithCapacity(10),
            vec![
                Push(7),
                Reserve(3),
                Reserve(4),
                Push(6),
                ReserveExact(8),
                Reserve(1),
            ],
        ),
        (
            "reserve_exact fits vs not",
            WithCapacity(10),
            vec![
                Push(7),
                ReserveExact(3),
                ReserveExact(4),
                Push(5),
                Reserve(100),
            ],
        ),
        (
            "reserve grows past double",
            New,
            vec![Push(3), Reserve(50), Push(48), Reserve(1000), Reserve(2000)],
        ),
        (
            "extend_from_slice 3s",
            New,
            vec![
                ExtendFromSlice(3),
                ExtendFromSlice(3),
                ExtendFromSlice(3),
                ExtendFromSlice(3),
                ExtendFromSlice(3),
                ExtendFromSlice(3),
                ExtendFromSlice(3),
            ],
        ),
        (
            "extend_from_slice mixed",
            New,
            vec![
                ExtendFromSlice(1),
                ExtendFromSlice(10),
                ExtendFromSlice(100),
                ExtendFromSlice(7),
                ExtendFromSlice(1000),
                ExtendFromSlice(1),
            ],
        ),
        (
            "extend_from_slice 0",
            New,
            vec![ExtendFromSlice(0), Push(1), ExtendFromSlice(0)],
        ),
        (
            "shrink_to_fit then push",
            New,
            vec![
                Push(100),
                ShrinkToFit,
                Push(1),
                ShrinkToFit,
                Push(1),
                Push(100),
            ],
        ),
        (
            "shrink_to",
            New,
            vec![
                Push(100),
                ShrinkTo(120),
                ShrinkTo(50),
                ShrinkTo(100),
                ShrinkTo(10),
                Push(1),
                Truncate(20),
                ShrinkTo(5),
                ShrinkTo(0),
            ],
        ),
        (
            "shrink_to_fit empty",
            New,
            vec![
                Push(5),
                Clear,
                ShrinkToFit,
                Push(1),
                ShrinkToFit,
                Pop(1),
                ShrinkToFit,
                ShrinkToFit,
                Push(1),
            ],
        ),
        (
            "truncate clear pop keep cap",
            New,
            vec![
                Push(33),
                Pop(5),
                Truncate(10),
                Truncate(50),
                Clear,
                Push(1),
                Pop(3),
            ],
        ),
        (
            "clone has cap == len",
            New,
            vec![
                Push(33),
                Clone,
                Push(1),
                Clone,
                Truncate(3),
                Clone,
                Clear,
                Clone,
                Push(1),
            ],
        ),
        (
            "vec![x; 5] then push",
            VecMacro(5),
            vec![Push(1), Push(5), Clone],
        ),
        ("vec![x; 0] then push", VecMacro(0), vec![Push(1)]),
        (
            "vec![x; 1000] then push",
            VecMacro(1000),
            vec![Push(1), ShrinkToFit, Reserve(1)],
        ),
        ("with_capacity(0) then push", WithCapacity(0), vec![Push(1)]),
    ];
    for &c in &[1usize, 3, 5, 7, 10, 100, 1000] {
        let name: &'static str =
            Box::leak(format!("with_capacity({}) then push", c).into_boxed_str());
        s.push((name, WithCapacity(c), vec![Push(5000)]));
    }
    s
}

// ---------------------------------------------------------------------------
// 3. String

#[derive(Clone)]
enum SInit {
    New,
    WithCapacity(usize),
    From(&'static str),
}

#[derive(Clone)]
enum SOp {
    PushStr(&'static str, usize), // (chunk, repeat)
    Push(char, usize),
    Reserve(usize),
    ReserveExact(usize),
    ShrinkToFit,
    Truncate(usize),
    Clear,
    Clone,
}

fn run_string(name: &str, init: SInit, ops: &[SOp]) -> String {
    let mut t = Tracker::new(0);
    measure_start();
    let mut s = match init {
        SInit::New => String::new(),
        SInit::WithCapacity(n) => String::with_capacity(n),
        SInit::From(x) => String::from(x),
    };
    t.prev = s.capacity();
    t.state(s.len(), s.capacity());
    for o in ops {
        match *o {
            SOp::PushStr(x, r) => {
                for _ in 0..r {
                    s.push_str(x);
                    t.see(s.len(), s.capacity());
                }
            }
            SOp::Push(c, r) => {
                for _ in 0..r {
                    s.push(c);
                    t.see(s.len(), s.capacity());
                }
            }
            SOp::Reserve(k) => s.reserve(k),
            SOp::ReserveExact(k) => s.reserve_exact(k),
            SOp::ShrinkToFit => s.shrink_to_fit(),
            SOp::Truncate(k) => s.truncate(k),
            SOp::Clear => s.clear(),
            SOp::Clone => {
                let c = s.clone();
                s = c;
            }
        }
        black_box(&mut s);
        t.see(s.len(), s.capacity());
        t.state(s.len(), s.capacity());
    }
    drop(s);
    let alloc = measure_stop();
    let init_j = match init {
        SInit::New => "[\"new\"]".to_string(),
        SInit::WithCapacity(n) => format!("[\"with_capacity\",{}]", n),
        SInit::From(x) => format!("[\"from\",{}]", jstr(x)),
    };
    let ops_j: Vec<String> = ops
        .iter()
        .map(|o| match *o {
            SOp::PushStr(x, r) => format!("[\"push_str\",{},{}]", jstr(x), r),
            SOp::Push(c, r) => format!("[\"push\",{},{}]", jstr(&c.to_string()), r),
            SOp::Reserve(k) => format!("[\"reserve\",{}]", k),
            SOp::ReserveExact(k) => format!("[\"reserve_exact\",{}]", k),
            SOp::ShrinkToFit => "[\"shrink_to_fit\"]".into(),
            SOp::Truncate(k) => format!("[\"truncate\",{}]", k),
            SOp::Clear => "[\"clear\"]".into(),
            SOp::Clone => "[\"clone\"]".into(),
        })
        .collect();
    format!(
        "{{\"name\":{},\"init\":{},\"ops\":{},\"initial\":[{},{}],\"states\":{},\"transitions\":{},\"alloc\":{}}}",
        jstr(name),
        init_j,
        jarr(&ops_j),
        t.states[0].0,
        t.states[0].1,
        jpairs(&t.states[1..]),
        jpairs(&t.transitions),
        alloc
    )
}

fn string_cases() -> Vec<String> {
    use SInit::*;
    use SOp::*;
    let cases: Vec<(&str, SInit, Vec<SOp>)> = vec![
        ("push_str 1-byte chunks", New, vec![PushStr("a", 1000)]),
        ("push_str 5-byte chunks", New, vec![PushStr("abcde", 200)]),
        ("push_str 8-byte chunks", New, vec![PushStr("abcdefgh", 125)]),
        ("push_str 13-byte chunks", New, vec![PushStr("abcdefghijklm", 77)]),
        ("push_str 100-byte chunks", New, vec![PushStr("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz!?", 10)]),
        ("push_str 9-byte then 1-byte", New, vec![PushStr("abcdefghi", 1), PushStr("a", 30)]),
        ("push_str empty", New, vec![PushStr("", 3), PushStr("a", 1)]),
        ("push 1-byte chars", New, vec![Push('a', 400)]),
        ("push 2-byte chars", New, vec![Push('é', 200)]),
        ("push 3-byte chars", New, vec![Push('€', 150)]),
        ("push 4-byte chars", New, vec![Push('😀', 100)]),
        ("push mixed chars", New, vec![Push('😀', 1), Push('€', 1), Push('é', 1), Push('a', 1), Push('😀', 2), Push('a', 1), Push('€', 3)]),
        ("String::from(\"hello\")", From("hello"), vec![PushStr("!", 1), PushStr("!", 5)]),
        ("String::from(\"\")", From(""), vec![Push('a', 1)]),
        ("String::from 13 bytes then clone", From("hello, world!"), vec![Clone, PushStr(" more", 1), Clone]),
        ("with_capacity(10) + push_str 12 bytes", WithCapacity(10), vec![PushStr("abcdefghijkl", 1)]),
        ("with_capacity(10) + push_str 5 then 6 bytes", WithCapacity(10), vec![PushStr("abcde", 1), PushStr("fghijk", 1)]),
        ("with_capacity(10) + push_str 25 bytes", WithCapacity(10), vec![PushStr("abcdefghijklmnopqrstuvwxy", 1)]),
        ("with_capacity(0) + push 3-byte char", WithCapacity(0), vec![Push('€', 1), Push('€', 3)]),
        ("reserve, reserve_exact, shrink", New, vec![Reserve(3), PushStr("abc", 1), ReserveExact(10), PushStr("abcdefghijklm", 1), ShrinkToFit, Push('x', 1), Truncate(2), ShrinkToFit, Clear, ShrinkToFit, Push('x', 1)]),
    ];
    cases
        .into_iter()
        .map(|(n, i, o)| run_string(n, i, &o))
        .collect()
}

// ---------------------------------------------------------------------------
// 4. VecDeque

#[derive(Clone, Copy)]
enum DOp {
    PushBack(usize),
    PushFront(usize),
    PopFront(usize),
    PopBack(usize),
}

fn run_deque<T: Clone>(
    name: &str,
    elem: &str,
    x: T,
    with_cap: Option<usize>,
    ops: &[DOp],
) -> String {
    let mut t = Tracker::new(0);
    measure_start();
    let mut d: VecDeque<T> = match with_cap {
        None => VecDeque::new(),
        Some(n) => VecDeque::with_capacity(n),
    };
    t.prev = d.capacity();
    t.state(d.len(), d.capacity());
    for &o in ops {
        match o {
            DOp::PushBack(k) => {
                for _ in 0..k {
                    d.push_back(x.clone());
                    t.see(d.len(), d.capacity());
                }
            }
            DOp::PushFront(k) => {
                for _ in 0..k {
                    d.push_front(x.clone());
                    t.see(d.len(), d.capacity());
                }
            }
            DOp::PopFront(k) => {
                for _ in 0..k {
                    d.pop_front();
                }
            }
            DOp::PopBack(k) => {
                for _ in 0..k {
                    d.pop_back();
                }
            }
        }
        black_box(&mut d);
        t.see(d.len(), d.capacity());
        t.state(d.len(), d.capacity());
    }
    drop(d);
    let alloc = measure_stop();
    let init_j = match with_cap {
        None => "[\"new\"]".to_string(),
        Some(n) => format!("[\"with_capacity\",{}]", n),
    };
    let ops_j: Vec<String> = ops
        .iter()
        .map(|o| match *o {
            DOp::PushBack(k) => format!("[\"push_back\",{}]", k),
            DOp::PushFront(k) => format!("[\"push_front\",{}]", k),
            DOp::PopFront(k) => format!("[\"pop_front\",{}]", k),
            DOp::PopBack(k) => format!("[\"pop_back\",{}]", k),
        })
        .collect();
    format!(
        "{{\"name\":{},\"elem\":{},\"size\":{},\"align\":{},\"init\":{},\"ops\":{},\"initial\":[{},{}],\"states\":{},\"transitions\":{},\"alloc\":{}}}",
        jstr(name),
        jstr(elem),
        size_of::<T>(),
        align_of::<T>(),
        init_j,
        jarr(&ops_j),
        t.states[0].0,
        t.states[0].1,
        jpairs(&t.states[1..]),
        jpairs(&t.transitions),
        alloc
    )
}

fn deque_cases_for<T: Clone>(elem: &str, x: T, out: &mut Vec<String>) {
    use DOp::*;
    let cases: Vec<(&str, Option<usize>, Vec<DOp>)> = vec![
        ("new + push_back", None, vec![PushBack(5000)]),
        ("new + push_front", None, vec![PushFront(5000)]),
        (
            "new + alternating push_back/push_front",
            None,
            vec![PushBack(3), PushFront(3), PushBack(10), PushFront(20)],
        ),
        ("with_capacity(5) + push_back", Some(5), vec![PushBack(100)]),
        (
            "with_capacity(10) + push_front",
            Some(10),
            vec![PushFront(100)],
        ),
        (
            "with_capacity(1000) + push_back",
            Some(1000),
            vec![PushBack(1001)],
        ),
        (
            "pops keep capacity",
            None,
            vec![
                PushBack(3),
                PopFront(2),
                PushBack(10),
                PushFront(5),
                PopFront(16),
                PopBack(3),
                PushBack(17),
            ],
        ),
    ];
    for (n, w, o) in cases {
        out.push(run_deque(n, elem, x.clone(), w, &o));
    }
}

// ---------------------------------------------------------------------------

fn main() {
    let mut push: Vec<String> = Vec::new();
    macro_rules! arrays {
        ($($n:literal),*) => { $( push.push(push_growth(concat!("[u8; ", stringify!($n), "]"), arr::<$n>)); )* };
    }
    arrays!(
        1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 17, 24, 31, 32, 33, 48, 64, 100, 128, 255, 256, 257,
        512, 1000, 1023, 1024, 1025, 1500, 2048, 4095, 4096
    );
    push.push(push_growth("u8", || 0u8));
    push.push(push_growth("u16", || 0u16));
    push.push(push_growth("u32", || 0u32));
    push.push(push_growth("u64", || 0u64));
    push.push(push_growth("u128", || 0u128));
    push.push(push_growth("[u16; 3]", || [0u16; 3]));
    push.push(push_growth("[u64; 3]", || [0u64; 3]));
    push.push(push_growth("String", String::new));
    push.push(push_growth("Box<u8>", || Box::new(0u8)));
    push.push(push_growth("Vec<u8>", Vec::<u8>::new));

    let mut ops: Vec<String> = Vec::new();
    for (name, init, seq) in vec_sequences() {
        ops.push(run_vec(name, "u8", 0u8, init, &seq));
        ops.push(run_vec(name, "u64", 0u64, init, &seq));
        ops.push(run_vec(name, "[u8; 24]", [0u8; 24], init, &seq));
        ops.push(run_vec(name, "[u8; 1024]", [0u8; 1024], init, &seq));
        ops.push(run_vec(name, "[u8; 1025]", [0u8; 1025], init, &seq));
    }

    let strings = string_cases();

    let mut deques: Vec<String> = Vec::new();
    deque_cases_for("u8", 0u8, &mut deques);
    deque_cases_for("u64", 0u64, &mut deques);
    deque_cases_for("[u8; 24]", [0u8; 24], &mut deques);
    deque_cases_for("[u8; 2048]", [0u8; 2048], &mut deques);

    println!(
        "{{\"target\":{},\"vecPush\":{},\"vecOps\":{},\"string\":{},\"vecDeque\":{}}}",
        jstr(&format!(
            "{}-{}",
            std::env::consts::ARCH,
            std::env::consts::OS
        )),
        jarr(&push),
        jarr(&ops),
        jarr(&strings),
        jarr(&deques)
    );
}
