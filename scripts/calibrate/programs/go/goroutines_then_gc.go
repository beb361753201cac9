// Goroutines first, then the first GC: the GC still starts its background mark worker (a g, its
// ready channel, a work node and the go statement's closure), whatever the program's own goroutines
// already allocated.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan []byte)
	for i := 0; i < 4; i++ {
		go func(n int) { done <- make([]byte, 1000+n) }(i)
	}
	total := 0
	for i := 0; i < 4; i++ {
		total += len(<-done)
	}
	runtime.GC()
	fmt.Println("bytes:", total)
}
