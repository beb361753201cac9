// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// The idiomatic worker: defer wg.Done() runs when the worker returns, and a mutex-guarded counter
// uses defer mu.Unlock(). Outside loops these defers are open-coded and allocate nothing; the locals
// shared with the goroutines (wg, mu, count) move to the heap.
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
	defer wg.Done()
	for j := range jobs {
		results <- len(j.Data) + id*0
	}
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
	fmt.Println(total)
	var mu sync.Mutex
	count := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(count)
}
