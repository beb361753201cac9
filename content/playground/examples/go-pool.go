// sync.Pool: Get a *bytes.Buffer, Reset it, use it, Put it back.
// Without a GC in between, New runs once and the grown buffer is reused.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"sync"
)

var news int

var bufPool = sync.Pool{New: func() any {
	news++
	return new(bytes.Buffer)
}}

func render(i int) int {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString("item ")
	b.WriteString(strconv.Itoa(i))
	b.WriteString(": ")
	for range 20 {
		b.WriteString("data ")
	}
	n := b.Len()
	bufPool.Put(b)
	return n
}

func main() {
	total := 0
	for i := range 1000 {
		total += render(i)
	}
	fmt.Println("bytes rendered:", total)
	fmt.Println("New called", news, "times")
}
