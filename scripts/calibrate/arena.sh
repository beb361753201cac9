#!/usr/bin/env bash
# Arenas on the real runtimes: Go 1.23's user arenas (GOEXPERIMENT=arenas, go/arenas) and Rust's
# bumpalo 3.12.0 and typed-arena 2.0.1 compiled from Debian's source packages (rust/arenas.rs).
# Writes tests/fixtures/calibration/arena-go.json and arena-rust.json;
# tests/unit/calibration/arena.test.ts compares lib/go/arena.ts, lib/rust/bump.ts and
# lib/rust/typed-arena.ts with them. Both programs are deterministic (checked: RUNS runs must agree).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CAL="$ROOT/scripts/calibrate"
OUT="$CAL/out/arena"
FIX="$ROOT/tests/fixtures/calibration"
GO="${GO:-/usr/lib/go-1.23/bin/go}"
RUNS="${RUNS:-3}"
REG=/usr/share/cargo/registry
BUMPALO="$REG/bumpalo-3.12.0"
TYPED="$REG/typed-arena-2.0.1"

[ -x "$GO" ] || { echo "arena.sh: Go 1.23 not found at $GO (see run.sh)" >&2; exit 1; }
GO_VERSION="$("$GO" version)"
case "$GO_VERSION" in
  *" go1.23."*) ;;
  *) echo "arena.sh: expected Go 1.23, got: $GO_VERSION" >&2; exit 1 ;;
esac
[ -d "$BUMPALO" ] || { echo "arena.sh: apt-get install -y librust-bumpalo-dev (bumpalo 3.12.0's source)" >&2; exit 1; }
[ -d "$TYPED" ] || { echo "arena.sh: apt-get install -y librust-typed-arena-dev (typed-arena 2.0.1's source)" >&2; exit 1; }
RUSTC_VERSION="$(rustc --version)"

mkdir -p "$OUT" "$FIX"
export GOMAXPROCS=1 GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0

# Deterministic output or nothing: every run must print the same bytes.
run_same() { # binary, output file; environment is the caller's
  "$1" > "$2"
  for _ in $(seq 2 "$RUNS"); do
    "$1" > "$2.again"
    cmp -s "$2" "$2.again" || { echo "arena.sh: $1 printed different output on another run" >&2; exit 1; }
  done
  rm -f "$2.again"
}

echo "== go: arenas (GOEXPERIMENT=arenas, GOGC=off)"
(cd "$CAL/go" && GOEXPERIMENT=arenas "$GO" vet ./arenas && GOEXPERIMENT=arenas "$GO" build -o "$OUT/go-arenas" ./arenas)
GOGC=off run_same "$OUT/go-arenas" "$OUT/go-arenas.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION GOEXPERIMENT=arenas GOGC=off GOMAXPROCS=1" "$OUT/go-arenas.raw.json" "$FIX/arena-go.json"

echo "== rust: bumpalo 3.12.0 and typed-arena 2.0.1 as rlibs, then arenas.rs"
FLAGS=(-O --edition 2021)
rustc "${FLAGS[@]}" --crate-type rlib --crate-name bumpalo --cap-lints allow -o "$OUT/libbumpalo.rlib" "$BUMPALO/src/lib.rs"
rustc "${FLAGS[@]}" --crate-type rlib --crate-name typed_arena --cap-lints allow -o "$OUT/libtyped_arena.rlib" "$TYPED/src/lib.rs"
rustc "${FLAGS[@]}" --extern bumpalo="$OUT/libbumpalo.rlib" --extern typed_arena="$OUT/libtyped_arena.rlib" \
  -o "$OUT/rust-arenas" "$CAL/rust/arenas.rs"
run_same "$OUT/rust-arenas" "$OUT/rust-arenas.raw.json"
node "$CAL/format-fixture.mjs" "$RUSTC_VERSION, bumpalo 3.12.0, typed-arena 2.0.1 (Debian sources)" "$OUT/rust-arenas.raw.json" "$FIX/arena-rust.json"
ls -l "$FIX/arena-go.json" "$FIX/arena-rust.json"
