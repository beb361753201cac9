#!/usr/bin/env bash
# Non-heap memory on go1.23 (go/nonheap, go/mspansize run by go-nonheap.mjs): the ring workload at
# GOMAXPROCS 1, 2 and 4 and three live-heap sizes, five runs each (about half a minute), and
# sizeof(mspan); writes tests/fixtures/calibration/go-nonheap.json. Then go/preempt: how often sysmon
# preempts a goroutine that never blocks (2 s; go-preempt.json); and go/gcgrid's idle mark worker at
# GOMAXPROCS 1 and 2 under a tight limit (go-mark-wait.json, a second); and go/gcwake under
# runtime/trace: when the idle P's thread wakes to join a mark (go-gc-wake.json, about 20 s). See README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CAL="$ROOT/scripts/calibrate"
OUT="$CAL/out"               # build products and raw output (git-ignored)
FIX="$ROOT/tests/fixtures/calibration"
GO="${GO:-/usr/lib/go-1.23/bin/go}"

GO_VERSION="$("$GO" version)"
case "$GO_VERSION" in
  *" go1.23."*) ;;
  *) echo "go-nonheap.sh: expected Go 1.23, got: $GO_VERSION" >&2; exit 1 ;;
esac

mkdir -p "$OUT" "$FIX"
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0
( cd "$CAL/go" && "$GO" vet ./nonheap ./mspansize ./preempt ./gcwake && "$GO" build -o "$OUT/go-nonheap" ./nonheap && "$GO" build -o "$OUT/go-mspansize" ./mspansize && "$GO" build -o "$OUT/go-preempt" ./preempt && "$GO" build -o "$OUT/go-gcgrid" ./gcgrid && "$GO" build -o "$OUT/go-gcwake" ./gcwake )
echo "== run go-nonheap"
# go-mspansize reads the runtime's source from this toolchain's GOROOT.
GOROOT="$("$GO" env GOROOT)" node "$CAL/go-nonheap.mjs" "$OUT/go-nonheap" "$OUT/go-mspansize" "${RUNS:-5}" > "$OUT/go-nonheap.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION" "$OUT/go-nonheap.raw.json" "$FIX/go-nonheap.json"
echo "== run go-preempt"
"$OUT/go-preempt" > "$OUT/go-preempt.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION" "$OUT/go-preempt.raw.json" "$FIX/go-preempt.json"
echo "== run go-mark-wait"
node "$CAL/go-mark-wait.mjs" "$OUT/go-gcgrid" "${MARK_RUNS:-3}" > "$OUT/go-mark-wait.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION" "$OUT/go-mark-wait.raw.json" "$FIX/go-mark-wait.json"
echo "== run go-gc-wake"
node "$CAL/go-gc-wake.mjs" "$OUT/go-gcwake" "$GO" "$OUT" "${WAKE_RUNS:-3}" > "$OUT/go-gc-wake.raw.json"
node "$CAL/format-fixture.mjs" "$GO_VERSION" "$OUT/go-gc-wake.raw.json" "$FIX/go-gc-wake.json"
