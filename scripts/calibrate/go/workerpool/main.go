// Command workerpool measures a request stream handled by a bounded worker pool
// (N goroutines fed by a buffered channel of capacity C) and by a goroutine per
// request, on go1.23.5 with GOMAXPROCS=1 and the GC off: the most goroutines
// alive at once (runtime.NumGoroutine), the most requests queued (len(ch)) and
// held at once, and the Mallocs/TotalAlloc deltas. lib/go/workerpool.ts is
// checked against it (tests/fixtures/calibration/go-workerpool.json). A
// handler makes perReq buffers of size bytes, calls runtime.Gosched() `work`
// times holding them, and drops them; the producer calls runtime.Gosched() `gap`
// times between requests. Each case runs in a fresh process, 5 times.
//
//	workerpool          every case, JSON on stdout
//	workerpool one I    case I once
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
)

type workload struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"` // "bounded", "unbounded"
	Requests int    `json:"requests"`
	PerReq   int    `json:"perReq"`
	Size     int    `json:"size"`
	Workers  int    `json:"workers"`
	Capacity int    `json:"capacity"`
	Work     int    `json:"work"`
	Gap      int    `json:"gap"`
}

type result struct {
	PeakGoroutines int    `json:"peakGoroutines"`
	PeakQueue      int    `json:"peakQueue"`
	PeakHeld       int    `json:"peakHeld"`
	Mallocs        uint64 `json:"mallocs"`
	TotalAlloc     uint64 `json:"totalAlloc"`
}

var cases = []workload{
	{"bounded-4x16", "bounded", 1000, 4, 1024, 4, 16, 10, 0},
	{"unbounded", "unbounded", 1000, 4, 1024, 0, 0, 10, 0},
	{"bounded-8x0", "bounded", 500, 2, 4096, 8, 0, 5, 0},
	{"unbounded-gap5", "unbounded", 1000, 4, 1024, 0, 0, 10, 5},
	{"bounded-2x64-gap1", "bounded", 1000, 4, 1024, 2, 64, 10, 1},
}

var (
	w                         workload
	held, peakHeld, peakQueue int
	peakG                     int
	wg                        sync.WaitGroup
	ch                        chan int
	sink                      int
)

func observe() {
	if n := runtime.NumGoroutine(); n > peakG {
		peakG = n
	}
	if ch != nil && len(ch) > peakQueue {
		peakQueue = len(ch)
	}
}

func handle() {
	var keep [8][]byte
	for j := 0; j < w.PerReq; j++ {
		keep[j] = make([]byte, w.Size)
	}
	held++
	peakHeld = max(peakHeld, held)
	for i := 0; i < w.Work; i++ {
		observe()
		runtime.Gosched()
	}
	for j := 0; j < w.PerReq; j++ {
		sink += len(keep[j])
	}
	held--
}

func worker() {
	for range ch {
		handle()
	}
	wg.Done()
}

func perRequest() {
	handle()
	wg.Done()
}

func run() result {
	runtime.GOMAXPROCS(1)
	debug.SetGCPercent(-1) // no runtime.GC() first: a cycle would add its mark worker's g to allgs
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if w.Kind == "bounded" {
		ch = make(chan int, w.Capacity)
		wg.Add(w.Workers)
		for i := 0; i < w.Workers; i++ {
			go worker()
		}
		for r := 0; r < w.Requests; r++ {
			ch <- r
			observe()
			for i := 0; i < w.Gap; i++ {
				runtime.Gosched()
			}
		}
		close(ch)
	} else {
		for r := 0; r < w.Requests; r++ {
			wg.Add(1)
			go perRequest()
			observe()
			for i := 0; i < w.Gap; i++ {
				runtime.Gosched()
			}
		}
	}
	wg.Wait()
	runtime.ReadMemStats(&after)
	return result{peakG, peakQueue, peakHeld, after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc}
}

func main() {
	if len(os.Args) == 3 && os.Args[1] == "one" {
		i, err := strconv.Atoi(os.Args[2])
		if err != nil || i < 0 || i >= len(cases) {
			os.Exit(2)
		}
		w = cases[i]
		json.NewEncoder(os.Stdout).Encode(run())
		return
	}
	type entry struct {
		workload
		All []result `json:"all"`
	}
	out := struct {
		GoVersion string  `json:"goVersion"`
		Cases     []entry `json:"cases"`
	}{GoVersion: runtime.Version()}
	for i, c := range cases {
		e := entry{workload: c}
		for k := 0; k < 5; k++ {
			b, err := exec.Command(os.Args[0], "one", strconv.Itoa(i)).Output()
			if err != nil {
				fmt.Fprintln(os.Stderr, c.Name, err)
				os.Exit(1)
			}
			var r result
			if err := json.Unmarshal(b, &r); err != nil {
				fmt.Fprintln(os.Stderr, c.Name, err)
				os.Exit(1)
			}
			e.All = append(e.All, r)
		}
		out.Cases = append(out.Cases, e)
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
