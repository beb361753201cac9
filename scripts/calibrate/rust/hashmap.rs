// Measures std::collections::HashMap / HashSet (hashbrown 0.16.1 inside rustc
// 1.95.0's std) and BTreeMap / BTreeSet allocations on the real Rust std and
// prints JSON on stdout. std only; build with `rustc -O --edition 2021`.
//
// Every case is measured with the counting global allocator (counting_alloc.rs)
// and records each allocator call with its Layout alignment: ["a", size, align],
// ["d", size, align] (hashbrown never reallocs). The measured section ends
// after the collection has been dropped, so the final dealloc is included.
// Keys and values that own heap memory (String, Vec<u8>) are made before
// measuring and moved out again (drain) before the map is dropped, so the
// figures show only the table's own allocation.
//
// HashMap with RandomState hashes with a per-map random seed, so where entries
// land differs between runs. Sizes never depend on it, except after removes
// (tombstone or EMPTY, and whether a later insert reuses a tombstone). The
// operation sequences therefore run once with a fixed hasher
// (BuildHasherDefault<DefaultHasher>: SipHash-1-3 with keys 0, 0, so positions
// are reproducible) and RANDOM_RUNS times with RandomState, recording the
// distinct outcomes.

include!("counting_alloc.rs");

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher, Hash, RandomState};
use std::hint::black_box;
use std::mem::{align_of, size_of};

type Fixed = BuildHasherDefault<DefaultHasher>;
const RANDOM_RUNS: usize = 7;

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
// Key and value types

/// Builds the i-th key or value of a type (distinct for distinct i where the type allows).
trait Make: Sized {
    fn make(i: usize) -> Self;
}

impl Make for () {
    fn make(_: usize) {}
}
impl Make for u8 {
    fn make(i: usize) -> u8 {
        i as u8
    }
}
impl Make for u16 {
    fn make(i: usize) -> u16 {
        i as u16
    }
}
impl Make for u32 {
    fn make(i: usize) -> u32 {
        i as u32
    }
}
impl Make for u64 {
    fn make(i: usize) -> u64 {
        i as u64
    }
}
impl Make for u128 {
    fn make(i: usize) -> u128 {
        i as u128
    }
}
impl Make for String {
    fn make(i: usize) -> String {
        format!("key{}", i)
    }
}
impl Make for (u64, u64) {
    fn make(i: usize) -> (u64, u64) {
        (i as u64, !(i as u64))
    }
}
impl Make for [u8; 3] {
    fn make(i: usize) -> [u8; 3] {
        [i as u8, (i >> 8) as u8, (i >> 16) as u8]
    }
}
impl Make for [u8; 24] {
    fn make(i: usize) -> [u8; 24] {
        let mut a = [0u8; 24];
        a[..8].copy_from_slice(&(i as u64).to_le_bytes());
        a
    }
}
impl Make for Vec<u8> {
    fn make(i: usize) -> Vec<u8> {
        (i as u64).to_le_bytes().to_vec()
    }
}

/// A 32-byte-aligned value: its table's control bytes are aligned to 32, not 16.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(align(32))]
struct A32([u8; 32]);
impl Make for A32 {
    fn make(i: usize) -> A32 {
        A32([i as u8; 32])
    }
}

/// Integer keys for the operation sequences: key i is i.
trait IntKey: Make + Hash + Eq + Ord + Copy {
    fn idx(&self) -> usize;
}
impl IntKey for u32 {
    fn idx(&self) -> usize {
        *self as usize
    }
}
impl IntKey for u64 {
    fn idx(&self) -> usize {
        *self as usize
    }
}

// ---------------------------------------------------------------------------
// 1. new() + insert, one key at a time

fn map_growth<K: Make + Hash + Eq, V: Make>(key: &str, value: &str, n: usize) -> String {
    let mut src: Vec<(K, V)> = (0..n).rev().map(|i| (K::make(i), V::make(i))).collect();
    let mut out: Vec<(K, V)> = Vec::with_capacity(n);
    drop(black_box(HashMap::<K, V>::new())); // RandomState's thread-local keys exist before measuring
    let mut t = Tracker::new(0);
    measure_start();
    let mut m: HashMap<K, V> = HashMap::new();
    while let Some((k, v)) = src.pop() {
        m.insert(k, v);
        t.see(m.len(), m.capacity());
    }
    black_box(&mut m);
    out.extend(m.drain());
    drop(m);
    let alloc = measure_stop_aligned();
    assert_eq!(out.len(), n, "{} keys must be distinct", key);
    drop(out);
    format!(
        "{{\"kind\":\"HashMap\",\"key\":{},\"value\":{},\"elemSize\":{},\"elemAlign\":{},\"n\":{},\"transitions\":{},\"alloc\":{}}}",
        jstr(key),
        jstr(value),
        size_of::<(K, V)>(),
        align_of::<(K, V)>(),
        n,
        jpairs(&t.transitions),
        alloc
    )
}

fn set_growth<K: Make + Hash + Eq>(key: &str, n: usize) -> String {
    let mut src: Vec<K> = (0..n).rev().map(K::make).collect();
    let mut out: Vec<K> = Vec::with_capacity(n);
    drop(black_box(HashSet::<K>::new()));
    let mut t = Tracker::new(0);
    measure_start();
    let mut m: HashSet<K> = HashSet::new();
    while let Some(k) = src.pop() {
        m.insert(k);
        t.see(m.len(), m.capacity());
    }
    black_box(&mut m);
    out.extend(m.drain());
    drop(m);
    let alloc = measure_stop_aligned();
    assert_eq!(out.len(), n, "{} keys must be distinct", key);
    drop(out);
    format!(
        "{{\"kind\":\"HashSet\",\"key\":{},\"value\":\"()\",\"elemSize\":{},\"elemAlign\":{},\"n\":{},\"transitions\":{},\"alloc\":{}}}",
        jstr(key),
        size_of::<K>(),
        align_of::<K>(),
        n,
        jpairs(&t.transitions),
        alloc
    )
}

// ---------------------------------------------------------------------------
// 2. with_capacity(n), then drop

fn with_capacity_cases<K, V>(kind: &str, key: &str, value: &str) -> String {
    let mut ns: Vec<usize> = (0..=200).collect();
    ns.extend_from_slice(&[
        223, 224, 225, 447, 448, 449, 895, 896, 897, 1000, 1791, 1792, 1793, 3584, 3585, 10_000,
        100_000, 1 << 20,
    ]);
    drop(black_box(HashMap::<K, V>::new()));
    let mut cases: Vec<String> = Vec::new();
    for &n in &ns {
        measure_start();
        let m: HashMap<K, V> = HashMap::with_capacity(n);
        let cap = black_box(&m).capacity();
        drop(m);
        let alloc = measure_stop_aligned();
        cases.push(format!("[{},{},{}]", n, cap, events_of(&alloc)));
    }
    format!(
        "{{\"kind\":{},\"key\":{},\"value\":{},\"elemSize\":{},\"elemAlign\":{},\"cases\":{}}}",
        jstr(kind),
        jstr(key),
        jstr(value),
        size_of::<(K, V)>(),
        align_of::<(K, V)>(),
        jarr(&cases)
    )
}

/// The "events" array of a measure_stop_aligned() object.
fn events_of(alloc: &str) -> String {
    let i = alloc.find("\"events\":").expect("events") + "\"events\":".len();
    alloc[i..alloc.len() - 1].to_string()
}

// ---------------------------------------------------------------------------
// 3. Operation sequences
//
// The live keys are always the range lo..hi (key i = i): ["insert", k] adds
// keys hi.., ["remove", k] removes keys lo.. (oldest first), ["insert_existing", k]
// and ["entry_existing", k] overwrite live keys, ["retain", k] drops the k
// oldest keys with retain (erasing in table order), ["extend", k] extends with
// k new pairs (an exact size_hint), ["clone"] is m = m.clone().

#[derive(Clone, Copy)]
enum Init {
    New,
    WithCapacity(usize),
    FromIter(usize),
}

#[derive(Clone, Copy)]
enum Op {
    Insert(usize),
    InsertExisting(usize),
    Entry(usize),
    EntryExisting(usize),
    Remove(usize),
    Retain(usize),
    Extend(usize),
    Reserve(usize),
    ShrinkToFit,
    ShrinkTo(usize),
    Clear,
    Drain,
    Clone,
}

fn init_json(i: Init) -> String {
    match i {
        Init::New => "[\"new\"]".into(),
        Init::WithCapacity(n) => format!("[\"with_capacity\",{}]", n),
        Init::FromIter(n) => format!("[\"from_iter\",{}]", n),
    }
}

fn op_json(o: Op) -> String {
    match o {
        Op::Insert(k) => format!("[\"insert\",{}]", k),
        Op::InsertExisting(k) => format!("[\"insert_existing\",{}]", k),
        Op::Entry(k) => format!("[\"entry\",{}]", k),
        Op::EntryExisting(k) => format!("[\"entry_existing\",{}]", k),
        Op::Remove(k) => format!("[\"remove\",{}]", k),
        Op::Retain(k) => format!("[\"retain\",{}]", k),
        Op::Extend(k) => format!("[\"extend\",{}]", k),
        Op::Reserve(k) => format!("[\"reserve\",{}]", k),
        Op::ShrinkToFit => "[\"shrink_to_fit\"]".into(),
        Op::ShrinkTo(k) => format!("[\"shrink_to\",{}]", k),
        Op::Clear => "[\"clear\"]".into(),
        Op::Drain => "[\"drain\"]".into(),
        Op::Clone => "[\"clone\"]".into(),
    }
}

/// HashMap<K, V, S> and HashSet<K, S> behind one interface.
trait Table<K>: Clone {
    fn init(i: Init) -> Self;
    fn put(&mut self, k: K, i: usize);
    fn entry_put(&mut self, k: K, i: usize);
    fn del(&mut self, k: &K);
    fn retain_from(&mut self, lo: usize);
    fn extend_range(&mut self, from: usize, to: usize);
    fn reserve(&mut self, n: usize);
    fn shrink_to_fit(&mut self);
    fn shrink_to(&mut self, n: usize);
    fn clear(&mut self);
    fn drain_all(&mut self);
    fn len(&self) -> usize;
    fn cap(&self) -> usize;
}

impl<K: IntKey, V: Make + Clone, S: BuildHasher + Default + Clone> Table<K> for HashMap<K, V, S> {
    fn init(i: Init) -> Self {
        match i {
            Init::New => HashMap::with_hasher(S::default()),
            Init::WithCapacity(n) => HashMap::with_capacity_and_hasher(n, S::default()),
            Init::FromIter(n) => (0..n).map(|i| (K::make(i), V::make(i))).collect(),
        }
    }
    fn put(&mut self, k: K, i: usize) {
        self.insert(k, V::make(i));
    }
    fn entry_put(&mut self, k: K, i: usize) {
        self.entry(k).or_insert_with(|| V::make(i));
    }
    fn del(&mut self, k: &K) {
        self.remove(k).expect("live key");
    }
    fn retain_from(&mut self, lo: usize) {
        self.retain(|k, _| k.idx() >= lo);
    }
    fn extend_range(&mut self, from: usize, to: usize) {
        self.extend((from..to).map(|i| (K::make(i), V::make(i))));
    }
    fn reserve(&mut self, n: usize) {
        HashMap::reserve(self, n)
    }
    fn shrink_to_fit(&mut self) {
        HashMap::shrink_to_fit(self)
    }
    fn shrink_to(&mut self, n: usize) {
        HashMap::shrink_to(self, n)
    }
    fn clear(&mut self) {
        HashMap::clear(self)
    }
    fn drain_all(&mut self) {
        self.drain().for_each(drop)
    }
    fn len(&self) -> usize {
        HashMap::len(self)
    }
    fn cap(&self) -> usize {
        self.capacity()
    }
}

impl<K: IntKey, S: BuildHasher + Default + Clone> Table<K> for HashSet<K, S> {
    fn init(i: Init) -> Self {
        match i {
            Init::New => HashSet::with_hasher(S::default()),
            Init::WithCapacity(n) => HashSet::with_capacity_and_hasher(n, S::default()),
            Init::FromIter(n) => (0..n).map(K::make).collect(),
        }
    }
    fn put(&mut self, k: K, _: usize) {
        self.insert(k);
    }
    fn entry_put(&mut self, k: K, _: usize) {
        // HashSet has no stable entry API; get_or_insert_with is unstable. insert is the same path.
        self.insert(k);
    }
    fn del(&mut self, k: &K) {
        assert!(self.remove(k), "live key");
    }
    fn retain_from(&mut self, lo: usize) {
        self.retain(|k| k.idx() >= lo);
    }
    fn extend_range(&mut self, from: usize, to: usize) {
        self.extend((from..to).map(K::make));
    }
    fn reserve(&mut self, n: usize) {
        HashSet::reserve(self, n)
    }
    fn shrink_to_fit(&mut self) {
        HashSet::shrink_to_fit(self)
    }
    fn shrink_to(&mut self, n: usize) {
        HashSet::shrink_to(self, n)
    }
    fn clear(&mut self) {
        HashSet::clear(self)
    }
    fn drain_all(&mut self) {
        self.drain().for_each(drop)
    }
    fn len(&self) -> usize {
        HashSet::len(self)
    }
    fn cap(&self) -> usize {
        self.capacity()
    }
}

/// Runs one sequence; returns the JSON fields "initial" and "states", the field "transitions", and
/// the measure_stop_aligned() object.
fn run_ops<K: IntKey, T: Table<K>>(init: Init, ops: &[Op]) -> (String, String, String) {
    drop(black_box(T::init(Init::New)));
    let mut t = Tracker::new(0);
    measure_start();
    let mut m = T::init(init);
    let (mut lo, mut hi) = match init {
        Init::FromIter(n) => (0, n),
        _ => (0, 0),
    };
    t.prev = m.cap();
    let initial = (m.len(), m.cap());
    for &o in ops {
        match o {
            Op::Insert(k) | Op::Entry(k) => {
                for _ in 0..k {
                    if let Op::Insert(_) = o {
                        m.put(K::make(hi), hi);
                    } else {
                        m.entry_put(K::make(hi), hi);
                    }
                    hi += 1;
                    t.see(m.len(), m.cap());
                }
            }
            Op::InsertExisting(k) | Op::EntryExisting(k) => {
                assert!(hi > lo, "no live keys");
                for j in 0..k {
                    let i = lo + j % (hi - lo);
                    if let Op::InsertExisting(_) = o {
                        m.put(K::make(i), i);
                    } else {
                        m.entry_put(K::make(i), i);
                    }
                    t.see(m.len(), m.cap());
                }
            }
            Op::Remove(k) => {
                for _ in 0..k {
                    m.del(&K::make(lo));
                    lo += 1;
                }
            }
            Op::Retain(k) => {
                lo += k;
                m.retain_from(lo);
            }
            Op::Extend(k) => {
                m.extend_range(hi, hi + k);
                hi += k;
            }
            Op::Reserve(k) => m.reserve(k),
            Op::ShrinkToFit => m.shrink_to_fit(),
            Op::ShrinkTo(k) => m.shrink_to(k),
            Op::Clear => {
                m.clear();
                lo = hi;
            }
            Op::Drain => {
                m.drain_all();
                lo = hi;
            }
            Op::Clone => m = m.clone(),
        }
        assert_eq!(m.len(), hi - lo);
        t.see(m.len(), m.cap());
        t.state(m.len(), m.cap());
    }
    black_box(&mut m);
    drop(m);
    let alloc = measure_stop_aligned();
    assert!(alloc.contains("\"eventsTruncated\":false"), "event log truncated");
    let fields = format!(
        "\"initial\":[{},{}],\"states\":{}",
        initial.0,
        initial.1,
        jpairs(&t.states)
    );
    let transitions = format!("\"transitions\":{}", jpairs(&t.transitions));
    (fields, transitions, alloc)
}

fn ops_case<K: IntKey, TF: Table<K>, TR: Table<K>>(
    kind: &str,
    key: &str,
    value: &str,
    elem: (usize, usize),
    name: &str,
    init: Init,
    ops: &[Op],
) -> String {
    let (fixed, fixed_transitions, fixed_alloc) = run_ops::<K, TF>(init, ops);
    // RandomState: distinct outcomes over RANDOM_RUNS runs (each map gets new keys).
    let mut variants: Vec<(String, usize)> = Vec::new();
    for _ in 0..RANDOM_RUNS {
        // (capacity transitions left out: after removes they differ in nearly every run)
        let (fields, _, alloc) = run_ops::<K, TR>(init, ops);
        let r = format!("{},\"events\":{}", fields, events_of(&alloc));
        match variants.iter_mut().find(|(v, _)| *v == r) {
            Some((_, c)) => *c += 1,
            None => variants.push((r, 1)),
        }
    }
    let vs: Vec<String> = variants
        .iter()
        .map(|(v, c)| format!("{{\"runs\":{},{}}}", c, v))
        .collect();
    let ops_j: Vec<String> = ops.iter().map(|&o| op_json(o)).collect();
    format!(
        "{{\"name\":{},\"kind\":{},\"key\":{},\"value\":{},\"elemSize\":{},\"elemAlign\":{},\"init\":{},\"ops\":{},\"fixed\":{{{},{},\"alloc\":{}}},\"random\":{}}}",
        jstr(name),
        jstr(kind),
        jstr(key),
        jstr(value),
        elem.0,
        elem.1,
        init_json(init),
        jarr(&ops_j),
        fixed,
        fixed_transitions,
        fixed_alloc,
        jarr(&vs)
    )
}

fn sequences() -> Vec<(&'static str, Init, Vec<Op>)> {
    use Init::*;
    use Op::*;
    vec![
        ("insert_3_then_4th", New, vec![Insert(3), Insert(1)]),
        ("with_capacity_0", WithCapacity(0), vec![Insert(1)]),
        ("with_capacity_3_fill", WithCapacity(3), vec![Insert(3), Insert(1)]),
        ("with_capacity_14_fill", WithCapacity(14), vec![Insert(14), Insert(1)]),
        ("with_capacity_100_fill", WithCapacity(100), vec![Insert(112), Insert(1)]),
        ("from_iter_10", FromIter(10), vec![Insert(4), Insert(1)]),
        ("from_iter_0", FromIter(0), vec![Insert(1)]),
        ("from_iter_1000", FromIter(1000), vec![Insert(792), Insert(1)]),
        ("overwrite_when_full", New, vec![Insert(3), InsertExisting(1), Insert(1)]),
        ("overwrite_when_full_28", New, vec![Insert(28), InsertExisting(1), InsertExisting(5)]),
        ("entry_existing_when_full", New, vec![Insert(3), EntryExisting(2), Entry(1)]),
        ("entry_growth", New, vec![Entry(100)]),
        ("entry_existing_when_full_28", New, vec![Insert(28), EntryExisting(3), Entry(1)]),
        ("reserve_on_new", New, vec![Reserve(10), Insert(14), Insert(1)]),
        ("reserve_0", New, vec![Reserve(0), Insert(1)]),
        ("reserve_within", New, vec![Insert(5), Reserve(2), Reserve(3), Insert(3)]),
        ("reserve_past", New, vec![Insert(5), Reserve(3), Reserve(100), Insert(100)]),
        ("reserve_big", New, vec![Insert(10), Reserve(10_000)]),
        ("extend_on_empty", New, vec![Extend(50), Extend(50), Extend(200)]),
        ("extend_half_reserve", New, vec![Insert(3), Extend(20), Extend(1)]),
        ("shrink_to_fit_empty_new", New, vec![ShrinkToFit]),
        ("shrink_to_fit_after_removes", New, vec![Insert(1000), Remove(900), ShrinkToFit, Insert(200)]),
        ("shrink_to_fit_all_removed", New, vec![Insert(100), Remove(100), ShrinkToFit, Insert(1)]),
        ("shrink_to_fit_full", New, vec![Insert(112), ShrinkToFit, Insert(1), ShrinkToFit]),
        ("shrink_to_fit_with_capacity", WithCapacity(500), vec![Insert(10), ShrinkToFit]),
        ("shrink_to_fit_with_capacity_empty", WithCapacity(500), vec![ShrinkToFit]),
        ("shrink_to", New, vec![Insert(1000), Remove(990), ShrinkTo(100), ShrinkTo(200), ShrinkTo(0)]),
        ("shrink_to_empty_table", WithCapacity(1000), vec![ShrinkTo(50), ShrinkTo(3)]),
        ("clear_keeps_allocation", New, vec![Insert(500), Clear, Insert(448), Insert(1), Clear, Clear]),
        ("drain_keeps_allocation", New, vec![Insert(100), Drain, Insert(112), Insert(1)]),
        ("clone", New, vec![Insert(20), Clone, Insert(8), Clone]),
        ("clone_empty_with_capacity", WithCapacity(50), vec![Clone]),
        ("clone_after_removes", New, vec![Insert(100), Remove(90), Clone]),
        ("clear_then_shrink", New, vec![Insert(300), Clear, ShrinkToFit]),
        // removes in small tables (<= 16 buckets): the slot always goes back to EMPTY
        ("small_remove_reinsert", New, vec![Insert(3), Remove(1), Insert(1), Remove(2), Insert(2), Insert(1)]),
        ("small_churn", New, vec![Insert(14), Remove(14), Insert(14), Remove(7), Insert(8)]),
        ("churn_16_buckets", New, vec![Insert(10), Remove(10), Insert(14), Remove(5), Insert(5), Insert(1)]),
        // larger tables: tombstones appear in full runs of >= 16 slots
        ("churn_32", New, vec![Insert(28), Remove(10), Insert(10), Remove(20), Insert(20)]),
        ("churn_64_fifo", New, vec![Insert(56), Remove(56), Insert(56), Remove(56), Insert(56)]),
        ("churn_128_steady", New, vec![Insert(112), Remove(50), Insert(50), Remove(50), Insert(50), Remove(50), Insert(51)]),
        ("churn_1024", New, vec![Insert(896), Remove(400), Insert(400), Remove(400), Insert(401)]),
        ("churn_at_capacity", New, vec![Insert(448), Remove(1), Insert(1), Remove(1), Insert(1), Remove(1), Insert(1), Remove(1), Insert(1)]),
        ("many_small_churns", New, vec![Insert(224), Remove(100), Insert(100), Remove(100), Insert(100), Remove(100), Insert(100), Remove(100), Insert(100)]),
        ("retain_half", New, vec![Insert(200), Retain(100), Insert(100), ShrinkToFit]),
        ("retain_all_out", New, vec![Insert(56), Retain(56), Insert(56), Insert(1)]),
        ("remove_then_reserve", New, vec![Insert(112), Remove(60), Reserve(60), Reserve(61)]),
        ("remove_then_reserve_rehash_in_place", New, vec![Insert(112), Remove(112), Insert(112), Remove(100), Reserve(50)]),
        // tombstone-heavy tables: growth_left reaches 0 with few items, so the next insert rehashes in place
        ("rehash_in_place_32", New, vec![Insert(28), Remove(24), Insert(10), Remove(10), Insert(10)]),
        ("rehash_in_place_64", New, vec![Insert(56), Remove(50), Insert(30), Remove(30), Insert(30)]),
        ("rehash_in_place_reserve", New, vec![Insert(56), Remove(56), Reserve(20), Insert(20)]),
        ("rehash_in_place_1024", New, vec![Insert(896), Remove(800), Insert(400), Remove(400), Insert(400)]),
        ("clear_on_empty_keeps_tombstones", New, vec![Insert(56), Remove(56), Clear, Insert(56)]),
        ("drain_on_empty_resets_tombstones", New, vec![Insert(56), Remove(56), Drain, Insert(56)]),
    ]
}

// ---------------------------------------------------------------------------
// 4. BTreeMap / BTreeSet

fn btree_case<K: Make + Ord + Clone, V: Make + Clone>(
    key: &str,
    value: &str,
    name: &str,
    inserts: &[usize],
    removes: &[usize],
) -> String {
    let mut src: Vec<(K, V)> = inserts.iter().rev().map(|&i| (K::make(i), V::make(i))).collect();
    let rm: Vec<K> = removes.iter().map(|&i| K::make(i)).collect();
    let mut out: Vec<(K, V)> = Vec::with_capacity(inserts.len());
    drop(black_box(BTreeMap::<K, V>::new()));
    measure_start();
    let mut m: BTreeMap<K, V> = BTreeMap::new();
    while let Some((k, v)) = src.pop() {
        m.insert(k, v);
    }
    let len_after_inserts = m.len();
    for k in &rm {
        out.push(m.remove_entry(k).expect("live key"));
    }
    let len_after_removes = m.len();
    black_box(&mut m);
    // into_iter frees every node as it walks past it; keep the keys/values (they may own heap memory)
    out.extend(m);
    let alloc = measure_stop_aligned();
    drop(out);
    format!(
        "{{\"kind\":\"BTreeMap\",\"name\":{},\"key\":{},\"value\":{},\"keySize\":{},\"keyAlign\":{},\"valueSize\":{},\"valueAlign\":{},\"inserts\":{},\"removes\":{},\"lenAfterInserts\":{},\"lenAfterRemoves\":{},\"alloc\":{}}}",
        jstr(name),
        jstr(key),
        jstr(value),
        size_of::<K>(),
        align_of::<K>(),
        size_of::<V>(),
        align_of::<V>(),
        jlist(inserts),
        jlist(removes),
        len_after_inserts,
        len_after_removes,
        alloc
    )
}

fn btree_set_case(name: &str, inserts: &[usize]) -> String {
    drop(black_box(BTreeSet::<u32>::new()));
    measure_start();
    let mut s: BTreeSet<u32> = BTreeSet::new();
    for &i in inserts {
        s.insert(i as u32);
    }
    black_box(&mut s);
    drop(s);
    let alloc = measure_stop_aligned();
    format!(
        "{{\"kind\":\"BTreeSet\",\"name\":{},\"key\":\"u32\",\"value\":\"()\",\"keySize\":4,\"keyAlign\":4,\"valueSize\":0,\"valueAlign\":1,\"inserts\":{},\"removes\":[],\"lenAfterInserts\":{},\"lenAfterRemoves\":{},\"alloc\":{}}}",
        jstr(name),
        jlist(inserts),
        inserts.len(),
        inserts.len(),
        alloc
    )
}

fn jlist(v: &[usize]) -> String {
    let items: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    format!("[{}]", items.join(","))
}

/// A fixed permutation of 0..n (multiplicative, n prime-free of 7919).
fn shuffled(n: usize) -> Vec<usize> {
    (0..n).map(|i| (i * 7919 + 13) % n).collect()
}

fn btree_cases() -> Vec<String> {
    let asc = |n: usize| (0..n).collect::<Vec<_>>();
    let desc = |n: usize| (0..n).rev().collect::<Vec<_>>();
    let mut out = Vec::new();
    let shapes: Vec<(String, Vec<usize>, Vec<usize>)> = vec![
        ("one".into(), asc(1), vec![]),
        ("asc_11".into(), asc(11), vec![]),
        ("asc_12".into(), asc(12), vec![]),
        ("asc_100".into(), asc(100), vec![]),
        ("asc_200".into(), asc(200), vec![]),
        ("desc_12".into(), desc(12), vec![]),
        ("desc_100".into(), desc(100), vec![]),
        ("shuffled_100".into(), shuffled(100), vec![]),
        ("shuffled_1000".into(), shuffled(1000), vec![]),
        ("asc_100_remove_all_asc".into(), asc(100), asc(100)),
        ("asc_100_remove_all_desc".into(), asc(100), desc(100)),
        ("shuffled_300_remove_half".into(), shuffled(300), shuffled(300)[..150].to_vec()),
        ("asc_12_remove_1".into(), asc(12), vec![0]),
        ("asc_12_remove_6".into(), asc(12), vec![0, 1, 2, 3, 4, 5]),
    ];
    for (name, ins, rm) in &shapes {
        out.push(btree_case::<u32, u32>("u32", "u32", name, ins, rm));
        out.push(btree_case::<u64, String>("u64", "String", name, ins, rm));
    }
    out.push(btree_case::<u8, u8>("u8", "u8", "asc_200", &asc(200), &[]));
    out.push(btree_case::<u128, u8>("u128", "u8", "shuffled_300_remove_half", &shuffled(300), &shuffled(300)[..150]));
    out.push(btree_case::<u64, u64>("u64", "u64", "shuffled_2000_remove_most", &shuffled(2000), &shuffled(2000)[..1900]));
    out.push(btree_case::<u64, [u8; 24]>("u64", "[u8; 24]", "shuffled_200", &shuffled(200), &[]));
    out.push(btree_set_case("asc_100", &asc(100)));
    out.push(btree_set_case("shuffled_500", &shuffled(500)));
    out
}

// ---------------------------------------------------------------------------

fn main() {
    let mut growth: Vec<String> = Vec::new();
    growth.push(map_growth::<u8, u8>("u8", "u8", 256));
    growth.push(map_growth::<u8, u64>("u8", "u64", 256));
    growth.push(map_growth::<u16, u8>("u16", "u8", 3000));
    growth.push(map_growth::<u32, u32>("u32", "u32", 4000));
    growth.push(map_growth::<u64, u64>("u64", "u64", 4000));
    growth.push(map_growth::<u64, ()>("u64", "()", 1000));
    growth.push(map_growth::<u64, String>("u64", "String", 3000));
    growth.push(map_growth::<String, u64>("String", "u64", 3000));
    growth.push(map_growth::<String, String>("String", "String", 2000));
    growth.push(map_growth::<(u64, u64), u32>("(u64, u64)", "u32", 2000));
    growth.push(map_growth::<u32, (u64, u64)>("u32", "(u64, u64)", 2000));
    growth.push(map_growth::<u64, [u8; 24]>("u64", "[u8; 24]", 2000));
    growth.push(map_growth::<[u8; 24], u8>("[u8; 24]", "u8", 2000));
    growth.push(map_growth::<u32, Vec<u8>>("u32", "Vec<u8>", 2000));
    growth.push(map_growth::<Vec<u8>, u32>("Vec<u8>", "u32", 1000));
    growth.push(map_growth::<u128, u8>("u128", "u8", 2000));
    growth.push(map_growth::<u64, A32>("u64", "A32", 1000));
    growth.push(set_growth::<u8>("u8", 256));
    growth.push(set_growth::<[u8; 3]>("[u8; 3]", 2000));
    growth.push(set_growth::<u32>("u32", 4000));
    growth.push(set_growth::<u64>("u64", 2000));
    growth.push(set_growth::<String>("String", 2000));
    growth.push(set_growth::<()>("()", 1));

    let with_capacity = vec![
        with_capacity_cases::<u8, ()>("HashSet", "u8", "()"),
        with_capacity_cases::<u8, u8>("HashMap", "u8", "u8"),
        with_capacity_cases::<[u8; 3], ()>("HashSet", "[u8; 3]", "()"),
        with_capacity_cases::<u32, ()>("HashSet", "u32", "()"),
        with_capacity_cases::<u32, u32>("HashMap", "u32", "u32"),
        with_capacity_cases::<u64, u64>("HashMap", "u64", "u64"),
        with_capacity_cases::<String, String>("HashMap", "String", "String"),
        with_capacity_cases::<u64, A32>("HashMap", "u64", "A32"),
        with_capacity_cases::<(), ()>("HashSet", "()", "()"),
    ];

    let mut ops: Vec<String> = Vec::new();
    for (name, init, seq) in sequences() {
        ops.push(ops_case::<u64, HashMap<u64, u64, Fixed>, HashMap<u64, u64, RandomState>>(
            "HashMap", "u64", "u64", (16, 8), name, init, &seq,
        ));
    }
    for (name, init, seq) in sequences() {
        if name.starts_with("churn")
            || name.starts_with("small")
            || name.starts_with("with_capacity")
            || name.starts_with("rehash_in_place")
        {
            ops.push(ops_case::<u32, HashSet<u32, Fixed>, HashSet<u32, RandomState>>(
                "HashSet", "u32", "()", (4, 4), name, init, &seq,
            ));
            ops.push(ops_case::<u32, HashMap<u32, [u8; 3], Fixed>, HashMap<u32, [u8; 3], RandomState>>(
                "HashMap", "u32", "[u8; 3]", (8, 4), name, init, &seq,
            ));
        }
    }

    let btree = btree_cases();

    println!(
        "{{\"target\":{},\"hashbrown\":\"0.16.1\",\"randomRuns\":{},\"growth\":{},\"withCapacity\":{},\"ops\":{},\"btree\":{}}}",
        jstr(&format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS)),
        RANDOM_RUNS,
        jarr(&growth),
        jarr(&with_capacity),
        jarr(&ops),
        jarr(&btree)
    );
}
