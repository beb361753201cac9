// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A nil map (declared but never made) can be read: lookups return the zero
// value, len is 0 and range does nothing. Writing to it panics with
// "assignment to entry in nil map": make the map first.
package main

import "fmt"

func main() {
	var scores map[string]int
	fmt.Println(scores["ann"], len(scores), scores == nil)
	for k := range scores {
		fmt.Println(k)
	}
	scores["ann"] = 10
	fmt.Println("unreachable")
}
