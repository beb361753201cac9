// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// unsafe.Sizeof, Alignof and Offsetof are compile-time constants of type uintptr: they read the
// layout of a type (fields aligned to their own size, padding between them and at the end), and
// never allocate. Reordering fields from largest to smallest removes padding.
package main

import (
	"fmt"
	"unsafe"
)

type Padded struct {
	A bool
	B int64
	C bool
	D int32
}

type Packed struct {
	B int64
	D int32
	A bool
	C bool
}

type Header struct {
	Name  string
	Tags  []string
	Next  *Header
	Count uint16
}

func main() {
	var p Padded
	var q Packed
	var h Header
	fmt.Println(unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Sizeof(q), unsafe.Alignof(q))
	fmt.Println(unsafe.Offsetof(p.B), unsafe.Offsetof(p.C), unsafe.Offsetof(p.D))
	fmt.Println(unsafe.Offsetof(q.D), unsafe.Offsetof(q.A), unsafe.Offsetof(q.C))
	fmt.Println(unsafe.Sizeof(h), unsafe.Offsetof(h.Tags), unsafe.Offsetof(h.Next), unsafe.Offsetof(h.Count))
	const n = unsafe.Sizeof(int32(0)) * 4
	var arr [n]byte
	fmt.Println(len(arr), unsafe.Sizeof(arr), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(any(nil)))
	total := uintptr(0)
	for i := 0; i < 3; i++ {
		total += unsafe.Sizeof(p)
	}
	fmt.Println(total)
}
