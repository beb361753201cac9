// Appending one element at a time to a nil []int: every time len reaches cap,
// append (growslice) allocates a new backing array, copies the old elements
// and the old array becomes garbage. Below 256 the capacity doubles; from 256
// on it grows by (cap + 768) / 4, and the byte size is rounded up to a size
// class, so the caps are 512, 848, 1280, 1792, 2560 rather than 1.25x steps.
package main

import "fmt"

func main() {
	var s []int
	prev := cap(s)
	grows := 0
	for i := range 3000 {
		s = append(s, i)
		if cap(s) != prev {
			grows++
			fmt.Printf("len %d cap %d\n", len(s), cap(s))
			prev = cap(s)
		}
	}
	fmt.Println("grows:", grows, "last:", s[len(s)-1])
}
