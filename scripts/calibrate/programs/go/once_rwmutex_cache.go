// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A lazily loaded cache: sync.Once runs the loader once however many goroutines ask, and an RWMutex
// lets readers share the lock. The Once's closure is allocated on every Get call that builds it.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data []string
	once sync.Once
}

func (c *Cache) load() {
	c.data = make([]string, 0, 8)
	for i := 0; i < 8; i++ {
		c.data = append(c.data, fmt.Sprint("v", i))
	}
}

func (c *Cache) Get(i int) string {
	c.once.Do(c.loadFn())
	c.mu.RLock()
	v := c.data[i%len(c.data)]
	c.mu.RUnlock()
	return v
}

func (c *Cache) loadFn() func() {
	return func() { c.load() }
}

func main() {
	c := &Cache{}
	var wg sync.WaitGroup
	results := make([]string, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			results[i] = c.Get(i * 3)
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
