// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A map that never leaves its function does not escape: the compiler puts its
// header (hmap) on the stack, and with no size hint (or a constant hint of at
// most 8) its first bucket too, so up to 8 entries cost no heap allocation.
// A ninth entry makes the map grow, and the new buckets are on the heap.
package main

import "fmt"

func small() int {
	m := make(map[int]int)
	for i := 0; i < 8; i++ {
		m[i] = i * 2
	}
	return m[3] + len(m)
}

func nine() int {
	m := make(map[int]int)
	for i := 0; i < 9; i++ {
		m[i] = i * 2
	}
	return m[3] + len(m)
}

func literal() int {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	return m["b"]
}

func main() {
	s := 0
	for i := 0; i < 100; i++ {
		s += small()
	}
	for i := 0; i < 10; i++ {
		s += nine()
	}
	for i := 0; i < 100; i++ {
		s += literal()
	}
	fmt.Println(s)
}
