package main

import (
	"fmt"
	"strconv"
	"sync"
)

// bufPool holds scratch buffers for encoding replies.
var bufPool = sync.Pool{New: func() any { return make([]byte, 0, 1024) }}

// encode writes n replies, each into a buffer from the pool, and returns the bytes written.
func encode(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		buf := bufPool.Get().([]byte)
		buf = append(buf[:0], "reply "...)
		buf = strconv.AppendInt(buf, int64(i), 10)
		total += len(buf)
		bufPool.Put(buf)
	}
	return total
}

func main() {
	bufPool.Put(bufPool.New()) // warm the pool at start-up
	fmt.Println(encode(100), "bytes")
}
