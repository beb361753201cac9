// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A bounded worker pool: 3 goroutines read jobs from a buffered channel and send results back.
// Each `go worker(...)` allocates a goroutine (a 448-byte g, and allgs grows) plus the small
// closure that carries its arguments; make(chan) allocates the hchan (104 bytes) and its buffer,
// in one piece when the elements hold no pointers and apart when they do (Job holds a slice).
// Every job's 64-byte payload escapes, because it is sent through a channel.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID   int
	Data []byte
}

func worker(id int, jobs <-chan Job, results chan<- int, wg *sync.WaitGroup) {
	for j := range jobs {
		results <- len(j.Data) + j.ID
	}
	wg.Done()
}

func main() {
	jobs := make(chan Job, 8)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 100; i++ {
		jobs <- Job{ID: i, Data: make([]byte, 64)}
	}
	close(jobs)
	wg.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("total", total)

	var mu sync.Mutex
	count := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			mu.Lock()
			count++
			mu.Unlock()
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println("count", count)
}
