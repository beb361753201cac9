// A bounded worker pool: a buffered channel used as a semaphore lets at most 4 requests run at
// once. A goroutine's g struct (448 bytes) is reused once it exits, so the bounded version makes
// only a handful of them; remove the semaphore (sem <- struct{}{} and <-sem) and every request
// gets its own goroutine while they pile up: compare the "runtime: a new goroutine" row.
package main

import (
	"fmt"
	"sync"
)

func handle(id int, results chan<- int) {
	buf := make([]byte, 256) // per-request scratch space
	for i := range buf {
		buf[i] = byte(id + i)
	}
	results <- int(buf[0]) + len(buf)
}

func main() {
	const requests = 200
	results := make(chan int, requests)
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for id := 0; id < requests; id++ {
		sem <- struct{}{} // wait for a free slot
		wg.Add(1)
		go func(id int) {
			handle(id, results)
			<-sem // release the slot
			wg.Done()
		}(id)
	}
	wg.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("handled", requests, "requests, checksum", total)
}
