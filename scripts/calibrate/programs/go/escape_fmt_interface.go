// fmt.Println takes ...any, so every argument is converted to an interface.
// The conversion allocates a copy of the value on the heap unless the value
// is pointer-shaped (pointers), zero-sized, a single byte, an integer in
// 0..255 (a static table) or a constant. Strings, larger integers and structs
// allocate once per call.
package main

import "fmt"

type Pair struct {
	A, B int
}

func main() {
	small := 7
	for range 10 {
		fmt.Println(small)
	}
	big := 123456
	for range 10 {
		fmt.Println(big)
	}
	word := "heap"
	for i := range 10 {
		fmt.Println(word[:1+i%4])
	}
	p := Pair{A: 1, B: 2}
	for range 10 {
		fmt.Println(p)
	}
	q := &Pair{A: 3, B: 4}
	for range 10 {
		fmt.Println(q.A, q.B)
	}
	for range 10 {
		fmt.Println("constant", 1000)
	}
}
