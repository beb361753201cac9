// Command preempt measures how often sysmon preempts a goroutine that never blocks at GOMAXPROCS=1:
// main spins for two seconds while a second goroutine records the time whenever it gets the P
// (only when main is preempted) and yields at once. Prints the gaps between its runs as JSON (ms).
package main

import (
	"encoding/json"
	"os"
	"runtime"
	"time"
)

var x uint64

func main() {
	runtime.GOMAXPROCS(1)
	var ts []time.Time
	done := false
	go func() {
		for !done {
			ts = append(ts, time.Now())
			runtime.Gosched()
		}
	}()
	start := time.Now()
	for time.Since(start) < 2*time.Second {
		for i := 0; i < 1000; i++ {
			x += uint64(i) * x
		}
	}
	done = true
	gaps := make([]float64, 0, len(ts))
	for i := 1; i < len(ts); i++ {
		gaps = append(gaps, float64(ts[i].Sub(ts[i-1]).Microseconds())/1000)
	}
	_ = json.NewEncoder(os.Stdout).Encode(map[string]any{"slicesMs": gaps})
}
