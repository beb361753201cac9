// calibrate: runs=9
// make(map[K]V, n) allocates buckets for n entries up front; a map made
// without a size hint starts with no buckets and grows by doubling as it
// fills (2, 4, 8, ... buckets), evacuating the old buckets into the new ones
// a little at each insert. Both maps end with the same contents; the grown one
// allocated every intermediate bucket array on the way.
package main

import "fmt"

var grown, sized map[int]int

func main() {
	grown = make(map[int]int)
	for i := 0; i < 2000; i++ {
		grown[i] = i * i
	}
	sized = make(map[int]int, 2000)
	for i := 0; i < 2000; i++ {
		sized[i] = i * i
	}
	same := len(grown) == len(sized)
	for k, v := range grown {
		if sized[k] != v {
			same = false
		}
	}
	fmt.Println(len(grown), len(sized), same)
}
