#!/usr/bin/env bash
# Channels, goroutines and scheduling order of go1.23 (go/procs): builds the
# program, runs it (it re-runs itself per case and GOMAXPROCS) and writes
# tests/fixtures/calibration/go-procs.json. See README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CAL="$ROOT/scripts/calibrate"
OUT="$CAL/out"               # build products and raw output (git-ignored)
FIX="$ROOT/tests/fixtures/calibration"
GO="${GO:-/usr/lib/go-1.23/bin/go}"

GO_VERSION="$("$GO" version)"
case "$GO_VERSION" in
  *" go1.23."*) ;;
  *) echo "go-procs.sh: expected Go 1.23, got: $GO_VERSION" >&2; exit 1 ;;
esac

mkdir -p "$OUT" "$FIX"
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0
( cd "$CAL/go" && "$GO" vet ./procs && "$GO" build -o "$OUT/go-procs" ./procs )
echo "== run go-procs"
"$OUT/go-procs" > "$OUT/go-procs.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION" "$OUT/go-procs.raw.json" "$FIX/go-procs.json"
