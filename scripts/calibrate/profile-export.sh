#!/usr/bin/env bash
# The exported profiles against the real tools: a few calibration programs run for real with every
# allocation recorded (Go: runtime.MemProfileRate=1 and, when main returns, runtime.GC() then
# pprof.WriteHeapProfile; Rust: valgrind's DHAT), and the simulated run of the same program exported
# by `npm run -s profile -- PROG --pprof|--dhat`. Writes to tests/fixtures/profiles/export/:
#   go-NAME.real.pb.gz, go-NAME.engine.pb.gz and `go tool pprof -top` of both per sample type;
#   rust-NAME.real.dhat.json (valgrind), rust-NAME.engine.dhat.json and what valgrind's DHAT viewer
#   (dh_view.js) displays for the export (rust-NAME.engine.dh_view.txt).
# tests/unit/profile/export.test.ts compares them. usage: scripts/calibrate/profile-export.sh
set -euo pipefail
CAL="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$CAL/../.." && pwd)"
FIX="$ROOT/tests/fixtures/profiles/export"
OUT="$CAL/out/profile-export"
GO="${GO:-/usr/lib/go-1.23/bin/go}"
GO_PROGS="${GO_PROGS:-append_one_at_a_time append_structs new_local_vs_returned map_word_count gc_small_objects}"
RUST_PROGS="${RUST_PROGS:-box_list_methods vec_push_growth clone_deep string_push_str_growth}"
mkdir -p "$FIX" "$OUT"
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0 GOMAXPROCS=1

top() { # FILE INDEX: every node, exact bytes, stable header (no time or binary name)
  "$GO" tool pprof -top -nodecount=100000 -nodefraction=0 -edgefraction=0 -unit=B -sample_index="$2" "$1" 2>/dev/null | grep -v -e '^Time:' -e '^File:'
}

for name in $GO_PROGS; do
  src="$CAL/programs/go/$name.go"
  d="$OUT/go-$name"
  rm -rf "$d" && mkdir -p "$d"
  # The program unchanged but for a deferred profile write on main's first line (no line moves).
  sed -E '0,/^func main\(\) \{/s//func main() { defer heaplabWriteHeapProfile();/' "$src" > "$d/main.go"
  cat > "$d/heaplab_profile.go" <<'GO'
package main

import (
	"os"
	"runtime"
	"runtime/pprof"
)

func init() { runtime.MemProfileRate = 1 }

// runtime.GC publishes every allocation made so far (the heap profile lags by one cycle) and frees
// what main no longer holds; then the profile is written.
func heaplabWriteHeapProfile() {
	runtime.GC()
	f, err := os.Create(os.Getenv("HEAPLAB_PPROF"))
	if err != nil {
		panic(err)
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		panic(err)
	}
	f.Close()
}
GO
  printf 'module prog\n\ngo 1.23\n' > "$d/go.mod"
  (cd "$d" && "$GO" build -o prog . && HEAPLAB_PPROF="$FIX/go-$name.real.pb.gz" ./prog > /dev/null)
  (cd "$ROOT" && npx tsx scripts/profile.mts "$src" --pprof "$FIX/go-$name.engine.pb.gz")
  for who in real engine; do
    for idx in alloc_objects alloc_space inuse_objects inuse_space; do
      top "$FIX/go-$name.$who.pb.gz" "$idx" > "$FIX/go-$name.$who.$idx.top.txt"
    done
  done
  # go tool pprof must open the export and report the simulated run's own totals.
  want="$(cd "$ROOT" && npx tsx scripts/profile.mts "$src" --json | node -e 'const j=JSON.parse(require("fs").readFileSync(0,"utf8"));console.log(j.totals.allocBytes, j.totals.inuseBytes)')"
  got="$(for idx in alloc_space inuse_space; do sed -nE 's/.* of ([0-9]+)B total.*/\1/p; s/.*accounting for 0, 0% of 0 total.*/0/p' "$FIX/go-$name.engine.$idx.top.txt"; done | paste -sd' ')"
  if [ "$want" != "$got" ]; then echo "profile-export.sh: $name: go tool pprof reads totals $got, the simulated run has $want" >&2; exit 1; fi
  echo "go-$name: go tool pprof totals (alloc_space inuse_space) = simulated run's: $got"
done

for name in $RUST_PROGS; do
  src="$CAL/programs/rust/$name.rs"
  rustc -O -g --edition 2021 -o "$OUT/$name" "$src"
  (cd "$OUT" && valgrind --tool=dhat --dhat-out-file="$FIX/rust-$name.real.dhat.json" "./$name" > /dev/null 2> /dev/null)
  # valgrind writes the pid and the absolute command: keep the fixture stable.
  sed -i -E -e 's/^,"pid":[0-9]+/,"pid":0/' -e "s#^,\"cmd\":\".*\"#,\"cmd\":\"./$name\"#" "$FIX/rust-$name.real.dhat.json"
  (cd "$ROOT" && npx tsx scripts/profile.mts "$src" --dhat "$FIX/rust-$name.engine.dhat.json")
  # DHAT's own viewer (valgrind's dh_view.js, in jsdom) must open the export: what it displays.
  node "$CAL/dh-view-check.mjs" "$FIX/rust-$name.engine.dhat.json" > "$FIX/rust-$name.engine.dh_view.txt"
done
echo "profile-export.sh: wrote $(ls "$FIX" | wc -l) files to tests/fixtures/profiles/export/"
