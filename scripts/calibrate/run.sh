#!/usr/bin/env bash
# Builds and runs the calibration programs against the real toolchains and
# writes the fixtures in tests/fixtures/calibration/. See README.md.
# `run.sh exercises` redoes only the exercises' fixture (exercises.json).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CAL="$ROOT/scripts/calibrate"
OUT="$CAL/out"               # build products and raw output (git-ignored)
FIX="$ROOT/tests/fixtures/calibration"
GO="${GO:-/usr/lib/go-1.23/bin/go}"

if [ ! -x "$GO" ]; then
  echo "run.sh: Go 1.23 not found at $GO (default /usr/lib/go-1.23/bin/go; override with GO=/path/to/go)." >&2
  cat >&2 <<'MSG'
Install it from Debian bookworm-backports (shared/runtime-spec.md §6, scripts/calibrate/README.md):

  cat > /etc/apt/sources.list.d/bookworm-backports.sources <<'SRC'
  Types: deb
  URIs: http://deb.debian.org/debian
  Suites: bookworm-backports
  Components: main
  Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
  SRC
  apt-get update && apt-get install -y golang-1.23-go

(Plain bookworm's golang-go is Go 1.19, which grows slices differently.)
MSG
  exit 1
fi
GO_VERSION="$("$GO" version)"
case "$GO_VERSION" in
  *" go1.23."*) ;;
  *) echo "run.sh: expected Go 1.23, got: $GO_VERSION" >&2; exit 1 ;;
esac

if ! command -v rustc >/dev/null 2>&1; then
  echo "run.sh: rustc not found (the reference toolchain is rustc 1.95.0; install with rustup)" >&2
  exit 1
fi
RUSTC_VERSION="$(rustc --version)"
case "$RUSTC_VERSION" in
  "rustc 1.95."*) ;;
  *)
    if [ "${ALLOW_OTHER_RUSTC:-}" != 1 ]; then
      echo "run.sh: expected rustc 1.95, got: $RUSTC_VERSION (set ALLOW_OTHER_RUSTC=1 to run anyway)" >&2
      exit 1
    fi ;;
esac
command -v node >/dev/null 2>&1 || { echo "run.sh: node not found (formats the fixtures)" >&2; exit 1; }
# The Rust program corpus's Bump programs compile bumpalo from Debian's source package.
if ! ls -d /usr/share/cargo/registry/bumpalo-* >/dev/null 2>&1; then
  echo "run.sh: the Bump programs need bumpalo's source: apt-get install -y librust-bumpalo-dev" >&2
  exit 1
fi

mkdir -p "$OUT" "$FIX"
export GOMAXPROCS=1 GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0

# The exercises' "Try it on your machine" files (content/lessons/*/exercises/*): each exported test
# compiled and run for the starting program and the reference solution (about 40 s).
exercises() {
  echo "== exercises"
  node "$CAL/exercises.mjs" "$GO" "$OUT" > "$OUT/exercises.raw.json"
  node "$CAL/format-fixture.mjs" "$GO_VERSION; $RUSTC_VERSION" "$OUT/exercises.raw.json" "$FIX/exercises.json"
}
if [ "${1:-}" = exercises ]; then
  exercises
  ls -l "$FIX/exercises.json"
  exit 0
fi

# Builds run one after another (2-core machine).
echo "== go: vet + build ($GO_VERSION)"
( cd "$CAL/go" && "$GO" vet ./... && "$GO" build -o "$OUT/go-growth" ./growth && "$GO" build -o "$OUT/go-layout" ./layout )
echo "== rust: build ($RUSTC_VERSION)"
rustc -O --edition 2021 -o "$OUT/rust-growth" "$CAL/rust/growth.rs"
rustc -O --edition 2021 -o "$OUT/rust-layout" "$CAL/rust/layout.rs"
rustc -O --edition 2021 -o "$OUT/rust-hashmap" "$CAL/rust/hashmap.rs"

run() { # name toolchain
  echo "== run $1"
  "$OUT/$1" > "$OUT/$1.raw.json"
  node "$CAL/format-fixture.mjs" "$2" "$OUT/$1.raw.json" "$FIX/$1.json"
}
run go-growth "$GO_VERSION"
run go-layout "$GO_VERSION"
# Go bucket maps: own build (with an escape-analysis check) and 25 runs, ~40 s.
echo "== go-maps"
GO="$GO" "$CAL/go-maps.sh"
# Channels, goroutines, sudogs and scheduling order (it re-runs itself per case and GOMAXPROCS 1 and 4).
bash "$CAL/go-procs.sh"
# Arenas: Go user arenas (GOEXPERIMENT=arenas), bumpalo and typed-arena from Debian's sources.
GO="$GO" bash "$CAL/arena.sh"
# sync.Pool workloads and their Rust counterparts (go-pool.json, rust-pool.json; a few seconds).
GO="$GO" bash "$CAL/go-pool.sh"
# glibc fragmentation and malloc_trim, quoted by the rust-allocators lesson (rust-fragmentation.json, ~1 s).
bash "$CAL/rust-fragmentation.sh"
# GODEBUG=gctrace=1 logs for the gctrace importer (tests/fixtures/gctrace/, ~15 s).
bash "$CAL/gctrace-samples.sh"
# The GC grid: GOGC 25-800, off with limits and 100 with a limit, GOMAXPROCS 1, 2 and 4, 2/8/32 MiB live, 21 runs (~8 min).
GO="$GO" bash "$CAL/go-gc-grid.sh"
# Non-heap memory (runtime/metrics) at GOMAXPROCS 1, 2 and 4 and sizeof(mspan), sysmon's preemption period, the idle mark worker at 2 Ps and when an idle P's thread wakes into a mark (go-nonheap.json, go-preempt.json, go-mark-wait.json, go-gc-wake.json; ~45 s).
GO="$GO" bash "$CAL/go-nonheap.sh"
run rust-growth "$RUSTC_VERSION"
run rust-layout "$RUSTC_VERSION"
run rust-hashmap "$RUSTC_VERSION"

# Program corpus (programs/go/*.go, programs/rust/*.rs): each program is built
# as written and wrapped with a measuring harness, run (GC workloads several
# times, per their `// calibrate:` header) and recorded. See README.md.
echo "== programs: go"
node "$CAL/programs.mjs" go "$GO" "$OUT" > "$OUT/programs-go.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION" "$OUT/programs-go.raw.json" "$FIX/programs-go.json"
echo "== programs: rust"
node "$CAL/programs.mjs" rust "$OUT" > "$OUT/programs-rust.raw.json"
node "$CAL/format-fixture.mjs" "$RUSTC_VERSION" "$OUT/programs-rust.raw.json" "$FIX/programs-rust.json"

# Programs that must not compile (programs/rust-fail/*.rs): rustc's first error of each, with its
# labelled spans (a few seconds). See README.md.
echo "== rust-fail: first errors"
node "$CAL/rust-errors.mjs" "$OUT" > "$OUT/rust-errors.raw.json"
node "$CAL/format-fixture.mjs" "$RUSTC_VERSION" "$OUT/rust-errors.raw.json" "$FIX/rust-errors.json"
exercises

# Real Go heap/allocs profiles, DHAT and massif outputs with what pprof, DHAT and ms_print print about
# them (tests/fixtures/profiles/; needs valgrind).
if command -v valgrind >/dev/null 2>&1; then GO="$GO" bash "$CAL/profiles.sh"; else echo "run.sh: valgrind not found, profiles skipped (apt-get install -y valgrind)" >&2; fi

ls -l "$FIX"
