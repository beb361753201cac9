// Writes Go heap and allocs profiles (profile.proto, gzipped) of a small allocation workload, for the
// profile importer's fixtures (scripts/calibrate/profiles.sh). The workload allocates from three
// functions with known sizes and counts, keeps some of it live, and drops the rest.
//
// usage: profiles -rate N -out DIR   (N = runtime.MemProfileRate; 1 records every allocation)
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
)

var keep [][]byte
var keepRecs []*record

type record struct {
	id   int
	name string
	tags []string
}

//go:noinline
func makeBuffers(n, size int) {
	for i := 0; i < n; i++ {
		b := make([]byte, size)
		if i%4 == 0 {
			keep = append(keep, b)
		}
	}
}

//go:noinline
func makeRecords(n int) {
	for i := 0; i < n; i++ {
		r := &record{id: i, name: fmt.Sprintf("rec-%d", i), tags: make([]string, 0, 4)}
		if i%2 == 0 {
			keepRecs = append(keepRecs, r)
		}
	}
}

//go:noinline
func bigScratch(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		s := make([]int64, 1<<16)
		total += len(s)
	}
	return total
}

func main() {
	rate := flag.Int("rate", 1, "runtime.MemProfileRate")
	out := flag.String("out", ".", "output directory")
	flag.Parse()
	runtime.MemProfileRate = *rate
	makeBuffers(2000, 1000)
	makeRecords(3000)
	_ = bigScratch(40)
	// Two cycles publish the profile's last cycle (heap profiles lag by one GC).
	runtime.GC()
	runtime.GC()
	for _, kind := range []string{"heap", "allocs"} {
		f, err := os.Create(filepath.Join(*out, fmt.Sprintf("go-%s-rate%d.pb.gz", kind, *rate)))
		if err != nil {
			panic(err)
		}
		if err := pprof.Lookup(kind).WriteTo(f, 0); err != nil {
			panic(err)
		}
		f.Close()
	}
	fmt.Println(len(keep), len(keepRecs))
}
