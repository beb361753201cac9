// The same slice with its final size known: make([]int64, 0, n) is one
// allocation of exactly n elements, nothing to copy and no garbage.
package main

import "fmt"

func main() {
	const n = 250_000
	s := make([]int64, 0, n)
	for i := range n {
		s = append(s, int64(i))
	}
	fmt.Println("len", len(s), "cap", cap(s))
}
