#!/usr/bin/env bash
# Builds go/maps (Go 1.23 bucket-map allocations), checks that the compiler put the maps marked
# `// escape: heap` on the heap and those marked `// escape: stack` on the stack, runs it
# (RUNS processes, default 25: each gets new hash seeds) and writes
# tests/fixtures/calibration/go-maps.json. tests/unit/go-runtime/hmap.test.ts compares lib/go/hmap.ts with it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CAL="$ROOT/scripts/calibrate"
OUT="$CAL/out"
FIX="$ROOT/tests/fixtures/calibration"
GO="${GO:-/usr/lib/go-1.23/bin/go}"
RUNS="${RUNS:-25}"

[ -x "$GO" ] || { echo "go-maps.sh: Go 1.23 not found at $GO (see run.sh)" >&2; exit 1; }
GO_VERSION="$("$GO" version)"
case "$GO_VERSION" in
  *" go1.23."*) ;;
  *) echo "go-maps.sh: expected Go 1.23 (bucket maps; 1.24 has Swiss tables), got: $GO_VERSION" >&2; exit 1 ;;
esac

mkdir -p "$OUT" "$FIX"
export GOMAXPROCS=1 GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0

cd "$CAL/go"
"$GO" vet ./maps
"$GO" build -gcflags=-m -o "$OUT/go-maps" ./maps 2> "$OUT/go-maps.m.txt"

# What -m says about the map on each marked line (every generic instantiation must agree).
check_escape() { # marker, expected message
  local n lines found=0
  for n in $(grep -n "// escape: $1\$" maps/main.go | cut -d: -f1); do
    found=1
    lines="$(grep "^maps/main.go:$n:[0-9]*: .*map\[" "$OUT/go-maps.m.txt" || true)"
    if [ -z "$lines" ] || grep -q -v "$2\$" <<<"$lines"; then
      echo "go-maps.sh: maps/main.go:$n should be '$2' (see $OUT/go-maps.m.txt)" >&2
      exit 1
    fi
  done
  [ "$found" = 1 ] || { echo "go-maps.sh: no '// escape: $1' lines" >&2; exit 1; }
}
check_escape heap "escapes to heap"
check_escape stack "does not escape"

echo "== run go-maps ($RUNS processes)"
"$OUT/go-maps" -runs "$RUNS" > "$OUT/go-maps.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION" "$OUT/go-maps.raw.json" "$FIX/go-maps.json"
ls -l "$FIX/go-maps.json"
