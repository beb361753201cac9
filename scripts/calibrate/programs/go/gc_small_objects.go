// calibrate: GOGC=100 runs=5
// calibrate: GOGC=50 runs=5

// Churn of small pointerful objects instead of 64 KiB pieces: 1 million
// 48-byte Records (48 MiB in all) while a ring of 65536 of them (3 MiB)
// stays live. Small objects are counted towards the heap a whole span at a
// time, when an mcache gets a fresh span, not object by object.
package main

import "fmt"

type Record struct {
	id    int
	name  string
	next  *Record
	score int
	flags int
}

const liveCount = 65536
const total = 1000000

var ring []*Record

func main() {
	ring = make([]*Record, liveCount)
	var prev *Record
	for i := range total {
		r := &Record{id: i, name: "rec", next: prev, score: i % 100}
		ring[i%liveCount] = r
		prev = nil
		if i%2 == 0 {
			prev = r
		}
	}
	sum := 0
	for _, r := range ring {
		sum += r.score
	}
	fmt.Println("records", total, "live", liveCount, "score sum", sum)
}
