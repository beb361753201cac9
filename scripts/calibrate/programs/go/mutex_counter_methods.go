// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A counter guarded by a sync.Mutex inside a struct, updated by 20 goroutines through methods. The
// struct is shared by pointer, so the Mutex lives on the heap with it; contended Locks park on sudogs.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map0
}

type map0 struct{ hits, misses int }

func (c *Counter) Hit() {
	c.mu.Lock()
	c.n.hits++
	c.mu.Unlock()
}

func (c *Counter) Miss() {
	c.mu.Lock()
	defer0(c)
}

func defer0(c *Counter) {
	c.n.misses++
	c.mu.Unlock()
}

func main() {
	c := &Counter{}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			if i%3 == 0 {
				c.Miss()
			} else {
				c.Hit()
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Printf("%+v\n", c.n)
}
