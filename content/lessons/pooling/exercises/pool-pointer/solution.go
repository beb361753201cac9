package main

import (
	"fmt"
	"strconv"
	"sync"
)

// bufPool holds pointers to scratch buffers for encoding replies.
var bufPool = sync.Pool{New: func() any {
	b := make([]byte, 0, 1024)
	return &b
}}

// encode writes n replies, each into a buffer from the pool, and returns the bytes written.
func encode(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		bp := bufPool.Get().(*[]byte)
		buf := append((*bp)[:0], "reply "...)
		buf = strconv.AppendInt(buf, int64(i), 10)
		total += len(buf)
		*bp = buf // keep the grown slice for the next Get
		bufPool.Put(bp)
	}
	return total
}

func main() {
	bufPool.Put(bufPool.New()) // warm the pool at start-up
	fmt.Println(encode(100), "bytes")
}
