// Command pool measures what a request workload allocates with and without a
// sync.Pool on go1.23.5: Mallocs, TotalAlloc, NumGC and how often Pool.New ran.
// lib/go/poolsim.ts is checked against its output
// (tests/fixtures/calibration/go-pool.json, by tests/unit/calibration/go-pool.test.ts).
//
//	pool              every case: re-runs itself per case (fresh runtime), prints the JSON
//	pool one I        case I once, JSON on stdout
//
// A request Gets `perReq` buffers of `size` bytes, writes to them, and Puts them
// back (pointer mode: *[]byte; value mode: the []byte itself, boxed by
// runtime.convTslice on every Put). Without the pool each buffer is a new
// make([]byte, size) kept in a global until the request ends. Cases with the
// GC off (SetGCPercent(-1)) and runtime.GC() every `forcedEvery` requests are
// exact, except that the runtime now and then makes one 16-byte allocation of
// its own during a run (seen with and without a pool): each case runs 5 times
// and records every run, their median and their minimum. The pacer's cases
// (GOGC=100) also vary with timing. One runtime.GC() before measuring starts
// the GC's workers. GOMAXPROCS is 1: with more Ps the one goroutine moves
// between Ps and the counts vary from run to run.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"sync"
)

type workload struct {
	Name        string `json:"name"`
	Mode        string `json:"mode"` // "none", "pointer", "value"
	Procs       int    `json:"gomaxprocs"`
	GOGC        int    `json:"gogc"` // -1: off
	ForcedEvery int    `json:"forcedEvery"`
	Requests    int    `json:"requests"`
	PerReq      int    `json:"perReq"`
	Size        int    `json:"size"`
}

type result struct {
	Mallocs    uint64 `json:"mallocs"`
	TotalAlloc uint64 `json:"totalAlloc"`
	NumGC      uint32 `json:"numGC"`
	News       int    `json:"news"`
}

var cases = []workload{
	{"forced100-none", "none", 1, -1, 100, 1000, 4, 1024},
	{"forced100-pointer", "pointer", 1, -1, 100, 1000, 4, 1024},
	{"forced100-value", "value", 1, -1, 100, 1000, 4, 1024},
	{"forced1-pointer", "pointer", 1, -1, 1, 200, 4, 1024},
	{"forced50-pointer-16", "pointer", 1, -1, 50, 500, 16, 512},
	{"forced50-value-16", "value", 1, -1, 50, 500, 16, 512},
	{"forced10-pointer-large", "pointer", 1, -1, 10, 100, 2, 40000},
	{"pacer-none", "none", 1, 100, 0, 10000, 4, 8192},
	{"pacer-pointer", "pointer", 1, 100, 0, 10000, 4, 8192},
	{"pacer-value", "value", 1, 100, 0, 10000, 4, 8192},
	{"pacer-none-512", "none", 1, 100, 0, 20000, 16, 512},
	{"pacer-value-long", "value", 1, 100, 0, 200000, 4, 1024},
	{"pacer-forced50-pointer", "pointer", 1, 100, 50, 10000, 4, 8192},
}

var (
	news     int
	size     int
	ptrPool  = sync.Pool{New: func() any { news++; b := make([]byte, size); return &b }}
	valPool  = sync.Pool{New: func() any { news++; return make([]byte, size) }}
	heldPtr  []*[]byte
	heldVal  [][]byte
	before   runtime.MemStats
	after    runtime.MemStats
)

func run(w workload) result {
	runtime.GOMAXPROCS(w.Procs)
	debug.SetGCPercent(w.GOGC)
	size = w.Size
	heldPtr = make([]*[]byte, w.PerReq)
	heldVal = make([][]byte, w.PerReq)
	runtime.GC()
	runtime.ReadMemStats(&before)
	for r := 1; r <= w.Requests; r++ {
		switch w.Mode {
		case "none":
			for j := range heldVal {
				b := make([]byte, size)
				b[0] = byte(r)
				heldVal[j] = b
			}
			for j := range heldVal {
				heldVal[j] = nil
			}
		case "pointer":
			for j := range heldPtr {
				p := ptrPool.Get().(*[]byte)
				(*p)[0] = byte(r)
				heldPtr[j] = p
			}
			for j, p := range heldPtr {
				ptrPool.Put(p)
				heldPtr[j] = nil
			}
		case "value":
			for j := range heldVal {
				b := valPool.Get().([]byte)
				b[0] = byte(r)
				heldVal[j] = b
			}
			for j, b := range heldVal {
				valPool.Put(b) // runtime.convTslice: a 24-byte box per Put
				heldVal[j] = nil
			}
		}
		if w.ForcedEvery > 0 && r%w.ForcedEvery == 0 {
			runtime.GC()
		}
	}
	runtime.ReadMemStats(&after)
	return result{after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc, after.NumGC - before.NumGC, news}
}

func median(xs []uint64) uint64 {
	s := append([]uint64(nil), xs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func minimum(xs []uint64) uint64 {
	m := xs[0]
	for _, x := range xs {
		m = min(m, x)
	}
	return m
}

func main() {
	if len(os.Args) == 3 && os.Args[1] == "one" {
		i, err := strconv.Atoi(os.Args[2])
		if err != nil || i < 0 || i >= len(cases) {
			fmt.Fprintln(os.Stderr, "bad case")
			os.Exit(2)
		}
		json.NewEncoder(os.Stdout).Encode(run(cases[i]))
		return
	}
	type entry struct {
		workload
		Runs   int      `json:"runs"`
		Median result   `json:"median"`
		Min    result   `json:"min"`
		All    []result `json:"all"`
	}
	out := struct {
		GoVersion string  `json:"goVersion"`
		Cases     []entry `json:"cases"`
	}{GoVersion: runtime.Version()}
	for i, w := range cases {
		n := 5
		e := entry{workload: w, Runs: n}
		var m, t, g, nw []uint64
		for k := 0; k < n; k++ {
			b, err := exec.Command(os.Args[0], "one", strconv.Itoa(i)).Output()
			if err != nil {
				fmt.Fprintln(os.Stderr, w.Name, err)
				os.Exit(1)
			}
			var r result
			if err := json.Unmarshal(b, &r); err != nil {
				fmt.Fprintln(os.Stderr, w.Name, err)
				os.Exit(1)
			}
			e.All = append(e.All, r)
			m, t, g, nw = append(m, r.Mallocs), append(t, r.TotalAlloc), append(g, uint64(r.NumGC)), append(nw, uint64(r.News))
		}
		e.Median = result{median(m), median(t), uint32(median(g)), int(median(nw))}
		e.Min = result{minimum(m), minimum(t), uint32(minimum(g)), int(minimum(nw))}
		out.Cases = append(out.Cases, e)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(out)
}
