#!/usr/bin/env bash
# The GC grid (go/gcgrid run by go-gc-grid.mjs): builds the workload, runs it over the grid of
# GOGC / GOMEMLIMIT / GOMAXPROCS / live-heap settings 21 times (about eight minutes) and writes
# tests/fixtures/calibration/go-gc-grid.json. See README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CAL="$ROOT/scripts/calibrate"
OUT="$CAL/out"               # build products and raw output (git-ignored)
FIX="$ROOT/tests/fixtures/calibration"
GO="${GO:-/usr/lib/go-1.23/bin/go}"

GO_VERSION="$("$GO" version)"
case "$GO_VERSION" in
  *" go1.23."*) ;;
  *) echo "go-gc-grid.sh: expected Go 1.23, got: $GO_VERSION" >&2; exit 1 ;;
esac

mkdir -p "$OUT" "$FIX"
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0
( cd "$CAL/go" && "$GO" vet ./gcgrid && "$GO" build -o "$OUT/go-gcgrid" ./gcgrid )
echo "== run go-gc-grid"
node "$CAL/go-gc-grid.mjs" "$OUT/go-gcgrid" "${RUNS:-21}" > "$OUT/go-gc-grid.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION" "$OUT/go-gc-grid.raw.json" "$FIX/go-gc-grid.json"
