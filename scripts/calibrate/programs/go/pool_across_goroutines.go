// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// sync.Pool across goroutines: each worker Gets a buffer, uses it and Puts it back. Putting a
// []byte boxes the slice header into an interface (a 24-byte allocation on every Put): the pool saves
// the 1 KiB buffers but not that. With several Ps each P has its own private slot and shared chain,
// so which Gets hit depends on where the goroutines ran.
package main

import (
	"fmt"
	"sync"
)

var bufs = sync.Pool{New: func() any { return make([]byte, 0, 1024) }}

func handle(id int, wg *sync.WaitGroup, out chan<- int) {
	for i := 0; i < 100; i++ {
		b := bufs.Get().([]byte)
		b = append(b[:0], "request"...)
		out <- len(b) + id
		bufs.Put(b)
	}
	wg.Done()
}

func main() {
	out := make(chan int, 16)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go handle(w, &wg, out)
	}
	go func() { wg.Wait(); close(out) }()
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println(sum)
}
