#!/usr/bin/env bash
# Real profiles for the profile importer's tests (tests/fixtures/profiles/), with what the real tools
# print about them: `go tool pprof -top` per sample type for Go heap/allocs profiles (MemProfileRate 1
# and the default 512 KiB), valgrind's DHAT summary and JSON, massif's output and ms_print's report.
# usage: scripts/calibrate/profiles.sh   (needs Go 1.23, rustc 1.95, valgrind)
set -euo pipefail
CAL="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$CAL/../.."
FIX="$ROOT/tests/fixtures/profiles"
OUT="$CAL/out/profiles"
GO="${GO:-/usr/lib/go-1.23/bin/go}"
mkdir -p "$FIX" "$OUT"
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0 GOMAXPROCS=1

(cd "$CAL/go" && "$GO" build -o "$OUT/profiles" ./profiles)
for rate in 1 524288; do
  "$OUT/profiles" -rate "$rate" -out "$FIX" >/dev/null
  for kind in heap allocs; do
    f="$FIX/go-$kind-rate$rate.pb.gz"
    for idx in alloc_objects alloc_space inuse_objects inuse_space; do
      # -unit=B / plain counts so the test compares exact numbers; every node, no dropping.
      "$GO" tool pprof -top -nodecount=100000 -nodefraction=0 -edgefraction=0 -unit=B -sample_index="$idx" "$f" \
        > "$FIX/go-$kind-rate$rate.$idx.top.txt" 2>/dev/null
    done
  done
done

# Rust under valgrind: debug info so frames have files and lines; -O like the rest of the corpus.
rustc -O -g --edition 2021 -o "$OUT/profiled" "$CAL/rust/profiled.rs"
(cd "$OUT" && valgrind --tool=dhat --dhat-out-file="$FIX/rust.dhat.json" ./profiled >/dev/null 2> "$FIX/rust.dhat.stderr.txt")
(cd "$OUT" && valgrind --tool=massif --max-snapshots=40 --depth=12 --massif-out-file="$FIX/rust.massif.out" ./profiled >/dev/null 2>/dev/null)
ms_print "$FIX/rust.massif.out" > "$FIX/rust.massif.ms_print.txt"
# valgrind writes the run's pid and the absolute command into its outputs: keep them stable.
sed -i -E -e 's/^==[0-9]+==/==PID==/' -e '/To view the resulting profile/,$d' "$FIX/rust.dhat.stderr.txt"
echo "profiles.sh: wrote $(ls "$FIX" | wc -l) files to tests/fixtures/profiles/"
