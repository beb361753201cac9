// Preallocate: make([]int, 0, n) reserves the whole backing array once,
// so n appends never grow the slice. Try: change the make to
// `var s []int` and count the growths.
package main

import "fmt"

func main() {
	s := make([]int, 0, 3000)
	prev := cap(s)
	grows := 0
	for i := range 3000 {
		s = append(s, i)
		if cap(s) != prev {
			grows++
			prev = cap(s)
		}
	}
	fmt.Println("len", len(s), "cap", cap(s), "grows", grows)
}
