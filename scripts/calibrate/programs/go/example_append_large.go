// A large slice grown one append at a time: every growth allocates a new
// backing array and copies the old one, and each array it leaves behind is
// garbage until a GC cycle frees it. Compare with A, which asks once.
package main

import "fmt"

func main() {
	const n = 250_000
	var s []int64
	for i := range n {
		s = append(s, int64(i))
	}
	fmt.Println("len", len(s), "cap", cap(s))
}
