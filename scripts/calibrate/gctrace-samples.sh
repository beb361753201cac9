#!/usr/bin/env bash
# Real GODEBUG=gctrace=1 logs of go1.23 for the gctrace importer (lib/go/gctrace-import): builds
# go/gctrace (the GC-lab ring workload) and runs it under several GOGC, GOMEMLIMIT and GOMAXPROCS
# settings, with runtime.GC() calls, scavenger lines and program output mixed in. Writes
# tests/fixtures/gctrace/NAME.log (stderr and stdout as one stream) and samples.json (the settings
# of each log). Timing-sensitive: run it alone (flock /tmp/heaplab-heavy.lock). See README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CAL="$ROOT/scripts/calibrate"
OUT="$CAL/out"
FIX="$ROOT/tests/fixtures/gctrace"
GO="${GO:-/usr/lib/go-1.23/bin/go}"

GO_VERSION="$("$GO" version)"
case "$GO_VERSION" in
  *" go1.23."*) ;;
  *) echo "gctrace-samples.sh: expected Go 1.23, got: $GO_VERSION" >&2; exit 1 ;;
esac

mkdir -p "$OUT" "$FIX"
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0
( cd "$CAL/go" && "$GO" vet ./gctrace && "$GO" build -o "$OUT/go-gctrace" ./gctrace )

MiB=$((1 << 20))
INDEX="$OUT/gctrace-samples.jsonl"
: > "$INDEX"
# sample NAME GOGC GOMEMLIMIT GOMAXPROCS GODEBUG-extra ARGS...
sample() {
  local name=$1 gogc=$2 limit=$3 procs=$4 extra=$5
  shift 5
  echo "== $name: GOGC=$gogc GOMEMLIMIT=$limit GOMAXPROCS=$procs $*"
  env GODEBUG="gctrace=1$extra" GOGC="$gogc" GOMEMLIMIT="$limit" GOMAXPROCS="$procs" \
    "$OUT/go-gctrace" "$@" > "$FIX/$name.log" 2>&1
  node -e 'const [n, g, l, p, x, ...a] = process.argv.slice(1); console.log(JSON.stringify({ name: n, GOGC: g, GOMEMLIMIT: l, GOMAXPROCS: Number(p), GODEBUG: "gctrace=1" + x, args: a }))' \
    "$name" "$gogc" "$limit" "$procs" "$extra" "$@" >> "$INDEX"
}

RING=(-live $((16 * MiB)) -total $((512 * MiB)) -obj 1024)
sample gogc50-p1 50 off 1 "" "${RING[@]}"
sample gogc100-p1 100 off 1 "" "${RING[@]}"
sample gogc200-p1 200 off 1 "" "${RING[@]}"
sample gogc400-p1 400 off 1 "" "${RING[@]}"
sample gogc100-p2 100 off 2 "" "${RING[@]}"
sample gogc400-p2 400 off 2 "" "${RING[@]}"
sample memlimit24m-p1 100 24MiB 1 "" "${RING[@]}"
sample gogcoff-memlimit32m-p2 off 32MiB 2 "" "${RING[@]}"
# runtime.GC() every 64 MiB and debug.FreeOSMemory() at the end, with the scavenger's lines.
sample forced-p1 100 off 1 ",scavtrace=1" "${RING[@]}" -force-every $((64 * MiB)) -free-os-memory
# Program output on the same stream: a progress line every 8 MiB, the result on stdout.
sample mixed-p2 100 off 2 ",scavtrace=1" "${RING[@]}" -print-every $((8 * MiB))
# A larger live heap: 64 MiB live, 1 GiB allocated, 8 KiB objects.
sample live64m-gogc100-p1 100 off 1 "" -live $((64 * MiB)) -total $((1024 * MiB)) -obj 8192
sample live64m-gogc50-p1 50 off 1 "" -live $((64 * MiB)) -total $((1024 * MiB)) -obj 8192

node -e '
const fs = require("fs");
const [index, out, version] = process.argv.slice(1);
const samples = fs.readFileSync(index, "utf8").trim().split("\n").map((l) => JSON.parse(l));
fs.writeFileSync(out, JSON.stringify({ toolchain: version, generatedBy: "scripts/calibrate/gctrace-samples.sh", samples }, null, 2) + "\n");
' "$INDEX" "$FIX/samples.json" "$GO_VERSION"
ls -l "$FIX"
