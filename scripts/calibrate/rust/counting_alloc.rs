// Shared by the Rust calibration programs (included with `include!`):
// a #[global_allocator] wrapper around System that counts every
// alloc / alloc_zeroed / realloc / dealloc while a case is being measured,
// the requested bytes, the live and peak live bytes, and keeps an event log
// (up to MAX_EVENTS per case) in a static buffer, so measuring never allocates.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};

const MAX_EVENTS: usize = 256;

#[derive(Clone, Copy)]
struct Event {
    kind: u8, // b'a' alloc, b'z' alloc_zeroed, b'r' realloc, b'd' dealloc
    old: usize,
    new: usize,
    align: usize,
}

struct EventBuf(UnsafeCell<[Event; MAX_EVENTS]>);
unsafe impl Sync for EventBuf {}

struct Counting;

static ENABLED: AtomicBool = AtomicBool::new(false);
static ALLOCS: AtomicUsize = AtomicUsize::new(0);
static ALLOCS_ZEROED: AtomicUsize = AtomicUsize::new(0);
static REALLOCS: AtomicUsize = AtomicUsize::new(0);
static DEALLOCS: AtomicUsize = AtomicUsize::new(0);
static ALLOC_BYTES: AtomicUsize = AtomicUsize::new(0);
static REALLOC_BYTES: AtomicUsize = AtomicUsize::new(0);
static DEALLOC_BYTES: AtomicUsize = AtomicUsize::new(0);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static NEVENTS: AtomicUsize = AtomicUsize::new(0);
static EVENTS: EventBuf = EventBuf(UnsafeCell::new(
    [Event {
        kind: 0,
        old: 0,
        new: 0,
        align: 0,
    }; MAX_EVENTS],
));

fn record(kind: u8, old: usize, new: usize, align: usize) {
    let i = NEVENTS.fetch_add(1, Relaxed);
    if i < MAX_EVENTS {
        // Single-threaded programs: no concurrent writer.
        unsafe { (*EVENTS.0.get())[i] = Event { kind, old, new, align } };
    }
}

fn live_add(n: usize) {
    let l = LIVE.fetch_add(n, Relaxed) + n;
    if l > PEAK.load(Relaxed) {
        PEAK.store(l, Relaxed);
    }
}

fn live_sub(n: usize) {
    // Frees of blocks allocated before measurement started would underflow.
    let l = LIVE.load(Relaxed);
    LIVE.store(l.saturating_sub(n), Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() && ENABLED.load(Relaxed) {
            ALLOCS.fetch_add(1, Relaxed);
            ALLOC_BYTES.fetch_add(layout.size(), Relaxed);
            live_add(layout.size());
            record(b'a', 0, layout.size(), layout.align());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() && ENABLED.load(Relaxed) {
            ALLOCS.fetch_add(1, Relaxed);
            ALLOCS_ZEROED.fetch_add(1, Relaxed);
            ALLOC_BYTES.fetch_add(layout.size(), Relaxed);
            live_add(layout.size());
            record(b'z', 0, layout.size(), layout.align());
        }
        p
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() && ENABLED.load(Relaxed) {
            REALLOCS.fetch_add(1, Relaxed);
            REALLOC_BYTES.fetch_add(new_size, Relaxed);
            if new_size >= layout.size() {
                live_add(new_size - layout.size());
            } else {
                live_sub(layout.size() - new_size);
            }
            record(b'r', layout.size(), new_size, layout.align());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        if ENABLED.load(Relaxed) {
            DEALLOCS.fetch_add(1, Relaxed);
            DEALLOC_BYTES.fetch_add(layout.size(), Relaxed);
            live_sub(layout.size());
            record(b'd', layout.size(), 0, layout.align());
        }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn measure_start() {
    for c in [
        &ALLOCS,
        &ALLOCS_ZEROED,
        &REALLOCS,
        &DEALLOCS,
        &ALLOC_BYTES,
        &REALLOC_BYTES,
        &DEALLOC_BYTES,
        &LIVE,
        &PEAK,
        &NEVENTS,
    ] {
        c.store(0, Relaxed);
    }
    ENABLED.store(true, Relaxed);
}

/// Stops measuring and returns the figures as a JSON object.
/// events: ["a", size] alloc, ["z", size] alloc_zeroed, ["r", old, new] realloc, ["d", size] dealloc.
#[allow(dead_code)]
fn measure_stop() -> String {
    measure_stop_with(false)
}

/// Like measure_stop, with each event's Layout alignment appended:
/// ["a", size, align], ["z", size, align], ["r", old, new, align], ["d", size, align].
#[allow(dead_code)]
fn measure_stop_aligned() -> String {
    measure_stop_with(true)
}

fn measure_stop_with(aligned: bool) -> String {
    ENABLED.store(false, Relaxed);
    let n = NEVENTS.load(Relaxed);
    let evs = unsafe { &*EVENTS.0.get() };
    let mut e = String::from("[");
    for (i, ev) in evs.iter().take(n.min(MAX_EVENTS)).enumerate() {
        if i > 0 {
            e.push(',');
        }
        match ev.kind {
            b'r' => e.push_str(&format!("[\"r\",{},{}", ev.old, ev.new)),
            b'd' => e.push_str(&format!("[\"d\",{}", ev.old)),
            k => e.push_str(&format!("[\"{}\",{}", k as char, ev.new)),
        }
        if aligned {
            e.push_str(&format!(",{}", ev.align));
        }
        e.push(']');
    }
    e.push(']');
    format!(
        "{{\"allocs\":{},\"allocsZeroed\":{},\"reallocs\":{},\"deallocs\":{},\"allocBytes\":{},\"reallocBytes\":{},\"deallocBytes\":{},\"peakLiveBytes\":{},\"endLiveBytes\":{},\"eventCount\":{},\"eventsTruncated\":{},\"events\":{}}}",
        ALLOCS.load(Relaxed),
        ALLOCS_ZEROED.load(Relaxed),
        REALLOCS.load(Relaxed),
        DEALLOCS.load(Relaxed),
        ALLOC_BYTES.load(Relaxed),
        REALLOC_BYTES.load(Relaxed),
        DEALLOC_BYTES.load(Relaxed),
        PEAK.load(Relaxed),
        LIVE.load(Relaxed),
        n,
        n > MAX_EVENTS,
        e
    )
}
