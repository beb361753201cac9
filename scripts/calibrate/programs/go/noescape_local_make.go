// make with a constant size that does not escape is placed on the stack (up
// to 64 KiB); a variable size, a size over 64 KiB, or a slice that escapes
// goes to the heap. The program measures each loop itself with
// runtime.ReadMemStats and prints the number of heap allocations.
package main

import (
	"fmt"
	"runtime"
)

var kept []byte

func constLocal() int {
	buf := make([]byte, 1024)
	for i := range buf {
		buf[i] = byte(i)
	}
	return int(buf[1023])
}

func varLocal(n int) int {
	buf := make([]byte, n)
	buf[n-1] = 9
	return int(buf[n-1])
}

func tooBig() int {
	buf := make([]byte, 70000)
	buf[69999] = 3
	return int(buf[69999])
}

func escapes() int {
	buf := make([]byte, 16)
	kept = buf
	return len(buf)
}

var m1, m2 runtime.MemStats

func main() {
	s := 0
	runtime.ReadMemStats(&m1)
	for range 100 {
		s += constLocal()
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("make([]byte, 1024), local:   mallocs", m2.Mallocs-m1.Mallocs)

	runtime.ReadMemStats(&m1)
	for range 100 {
		s += varLocal(1024)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("make([]byte, n), local:      mallocs", m2.Mallocs-m1.Mallocs, "bytes", m2.TotalAlloc-m1.TotalAlloc)

	runtime.ReadMemStats(&m1)
	for range 10 {
		s += tooBig()
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("make([]byte, 70000), local x10: mallocs", m2.Mallocs-m1.Mallocs, "bytes", m2.TotalAlloc-m1.TotalAlloc)

	runtime.ReadMemStats(&m1)
	for range 100 {
		s += escapes()
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("make([]byte, 16), escaping:  mallocs", m2.Mallocs-m1.Mallocs, "bytes", m2.TotalAlloc-m1.TotalAlloc)
	fmt.Println(s)
}
