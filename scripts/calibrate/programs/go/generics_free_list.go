// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A generic free list: FreeList[T] keeps released *T values and hands them back, so 100 uses of a
// 264-byte Buf allocate it once. Put zeroes the value first (*x = zero) so no old data is kept alive.
// Each instantiation (FreeList[Buf], FreeList[int]) gets its own code with its own sizes.
package main

import "fmt"

type FreeList[T any] struct {
	free []*T
	news int
}

func (l *FreeList[T]) Get() *T {
	if n := len(l.free); n > 0 {
		x := l.free[n-1]
		l.free = l.free[:n-1]
		return x
	}
	l.news++
	return new(T)
}

func (l *FreeList[T]) Put(x *T) {
	var zero T
	*x = zero
	l.free = append(l.free, x)
}

type Buf struct {
	data [256]byte
	n    int
}

func main() {
	var pool FreeList[Buf]
	for i := 0; i < 100; i++ {
		b := pool.Get()
		b.n = i
		b.data[0] = byte(i)
		pool.Put(b)
	}
	fmt.Println("allocated", pool.news, "buffers for 100 uses")
	ints := FreeList[int]{}
	p, q := ints.Get(), ints.Get()
	*p, *q = 1, 2
	ints.Put(p)
	fmt.Println(*ints.Get() == 0, ints.news)
}
