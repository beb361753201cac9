// Which goroutine runs first? With GOMAXPROCS=1 a new goroutine goes into the P's runnext slot,
// pushing the previous one to the back of the run queue, so the last one started runs first
// (4 0 1 2 3). Each of the 5 goroutines allocates its g (448 bytes) and a 16-byte closure for its
// argument; the second round reuses the dead goroutines' g structs and allocates only closures.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for round := 0; round < 2; round++ {
		order := make([]int, 0, 5)
		var mu sync.Mutex
		for i := 0; i < 5; i++ {
			wg.Add(1)
			go func(id int) {
				mu.Lock()
				order = append(order, id)
				mu.Unlock()
				wg.Done()
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, order)
	}
}
