#!/usr/bin/env bash
# glibc malloc fragmentation as the rust-allocators lesson quotes it: builds rust/fragmentation.rs
# (std only; the System allocator is glibc's malloc; malloc_trim declared by hand), runs it RUNS times
# and writes tests/fixtures/calibration/rust-fragmentation.json (toolchain, glibc, every run's stdout, and the runs
# with GLIBC_TUNABLES=glibc.malloc.tcache_count=0).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CAL="$ROOT/scripts/calibrate"
OUT="$CAL/out"
FIX="$ROOT/tests/fixtures/calibration"
RUNS="${RUNS:-3}"
mkdir -p "$OUT" "$FIX"
rustc -O --edition 2021 -o "$OUT/rust-fragmentation" "$CAL/rust/fragmentation.rs"
RUSTC_VERSION="$(rustc --version)" GLIBC="$(ldd --version | head -1)" node -e '
const { execFileSync } = require("node:child_process");
const [bin, runs, out] = process.argv.slice(1);
const run = (env) => { const r = []; for (let i = 0; i < Number(runs); i++) r.push(execFileSync(bin, { encoding: "utf8", env: { ...process.env, ...env } })); return r; };
const fix = {
  toolchain: process.env.RUSTC_VERSION, glibc: process.env.GLIBC, program: "scripts/calibrate/rust/fragmentation.rs",
  runs: run({}),
  // the same with the per-thread cache (tcache) of glibc turned off
  runsNoTcache: run({ GLIBC_TUNABLES: "glibc.malloc.tcache_count=0" }),
};
require("node:fs").writeFileSync(out, JSON.stringify(fix, null, 2) + "\n");
' "$OUT/rust-fragmentation" "$RUNS" "$FIX/rust-fragmentation.json"
echo "wrote $FIX/rust-fragmentation.json"
