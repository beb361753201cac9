// The opposite of pool_gc_every_100: two GCs between a Put and the next Get
// empty both the primary and the victim cache, so every one of the 200 Gets
// calls New and the pool saves nothing.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Buf struct {
	b []byte
}

var news int

var bufs = sync.Pool{New: func() any {
	news++
	return &Buf{b: make([]byte, 0, 1024)}
}}

func main() {
	total := 0
	for i := range 200 {
		b := bufs.Get().(*Buf)
		b.b = append(b.b[:0], byte(i), byte(i+1))
		total += len(b.b)
		bufs.Put(b)
		runtime.GC()
		runtime.GC()
	}
	fmt.Println("bytes:", total, "New called", news, "times")
}
