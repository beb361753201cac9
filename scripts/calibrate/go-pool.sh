#!/usr/bin/env bash
# sync.Pool workloads on go1.23 (go/pool), bounded and unbounded worker pools (go/workerpool) and the
# Rust counterparts (rust/pool.rs, rust/threads.rs): builds them, runs them and writes
# tests/fixtures/calibration/go-pool.json, go-workerpool.json, rust-pool.json and rust-threads.json (a few seconds).
# See README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CAL="$ROOT/scripts/calibrate"
OUT="$CAL/out"               # build products and raw output (git-ignored)
FIX="$ROOT/tests/fixtures/calibration"
GO="${GO:-/usr/lib/go-1.23/bin/go}"

GO_VERSION="$("$GO" version)"
case "$GO_VERSION" in
  *" go1.23."*) ;;
  *) echo "go-pool.sh: expected Go 1.23, got: $GO_VERSION" >&2; exit 1 ;;
esac
RUSTC_VERSION="$(rustc --version)"

mkdir -p "$OUT" "$FIX"
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0
( cd "$CAL/go" && "$GO" vet ./pool ./workerpool && "$GO" build -o "$OUT/go-pool" ./pool && "$GO" build -o "$OUT/go-workerpool" ./workerpool )
echo "== run go-pool"
"$OUT/go-pool" > "$OUT/go-pool.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION" "$OUT/go-pool.raw.json" "$FIX/go-pool.json"
echo "== run go-workerpool"
"$OUT/go-workerpool" > "$OUT/go-workerpool.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION" "$OUT/go-workerpool.raw.json" "$FIX/go-workerpool.json"
rustc -O --edition 2021 -o "$OUT/rust-pool" "$CAL/rust/pool.rs"
echo "== run rust-pool"
"$OUT/rust-pool" > "$OUT/rust-pool.raw.json"
node "$CAL/format-fixture.mjs" "$RUSTC_VERSION" "$OUT/rust-pool.raw.json" "$FIX/rust-pool.json"
rustc -O --edition 2021 -o "$OUT/rust-threads" "$CAL/rust/threads.rs"
echo "== run rust-threads"
"$OUT/rust-threads" > "$OUT/rust-threads.raw.json"
node "$CAL/format-fixture.mjs" "$RUSTC_VERSION" "$OUT/rust-threads.raw.json" "$FIX/rust-threads.json"
