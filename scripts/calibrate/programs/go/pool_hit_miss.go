// sync.Pool with one P (GOMAXPROCS=1): Put fills the per-P private slot
// first, then the shared chain; Get takes private, then the shared chain
// newest first. Every GC moves the pool to the victim cache and drops the
// old victim, so an object survives exactly one GC: after 0 GCs the Gets see
// 1, 8, 7, ... 2; after 1 GC they come from the victim oldest first
// (1, 2, ... 8); after 2 GCs everything is new.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Item struct {
	id int
}

var created int

func round(gcs int) {
	pool := sync.Pool{New: func() any {
		created++
		return &Item{id: 0}
	}}
	for i := 1; i <= 8; i++ {
		pool.Put(&Item{id: i})
	}
	for range gcs {
		runtime.GC()
	}
	fmt.Print(gcs, " GCs:")
	for range 10 {
		it := pool.Get().(*Item)
		if it.id == 0 {
			fmt.Print(" new")
		} else {
			fmt.Print(" ", it.id)
		}
	}
	fmt.Println()
}

func main() {
	round(0)
	round(1)
	round(2)
	round(3)
	fmt.Println("New called", created, "times")
}
