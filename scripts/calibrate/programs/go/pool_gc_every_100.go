// 10000 Get/Put iterations with runtime.GC() every 100 iterations. Each GC
// moves the buffer to the victim cache, the next Get takes it from there and
// the Put puts it back in the primary cache, so it survives every GC: New is
// called once in all.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var news int

type Buf struct {
	b []byte
}

var bufs = sync.Pool{New: func() any {
	news++
	return &Buf{b: make([]byte, 0, 1024)}
}}

func main() {
	total := 0
	for i := range 10000 {
		if i%100 == 0 {
			runtime.GC()
		}
		b := bufs.Get().(*Buf)
		b.b = b.b[:0]
		for j := range 64 {
			b.b = append(b.b, byte(i+j))
		}
		total += len(b.b)
		bufs.Put(b)
	}
	fmt.Println("bytes:", total, "New called", news, "times")
}
