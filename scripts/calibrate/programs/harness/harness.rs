// The real main of a wrapped calibration program (see ../../README.md,
// "Program corpus"). programs.mjs copies a program into a temp dir as
// user.rs with `fn main()` made `pub fn main()` (same line, nothing else
// moves), puts this file beside it as main.rs together with
// counting_alloc.rs, and builds main.rs with `rustc -O --edition 2021`.
//
// Measured window: from measure_start() to measure_stop() in Report::drop,
// i.e. the whole call user::main() including the drops at the end of it,
// and, if it panics, the panic machinery (message formatting, the boxed
// payload) and the unwinding drops up to this frame. Nothing the harness does
// allocates inside the window (the stats path is read before it, the JSON is
// built after measure_stop); programs.mjs checks this with an empty main.
//
// HEAPLAB_WARM=1 touches std::io::stdout() before the window: its line
// buffer (one 1024-byte allocation made lazily by the first print) then
// already exists, so the "warm" figures keep only the program's own
// allocations.

include!("counting_alloc.rs");

mod user;

struct Report(Option<std::ffi::OsString>);

impl Drop for Report {
    fn drop(&mut self) {
        let json = measure_stop();
        if let Some(p) = &self.0 {
            let _ = std::fs::write(p, json + "\n");
        }
    }
}

fn main() {
    let path = std::env::var_os("HEAPLAB_STATS");
    if std::env::var_os("HEAPLAB_WARM").is_some() {
        let _ = std::io::stdout();
    }
    let _report = Report(path);
    measure_start();
    user::main();
}
