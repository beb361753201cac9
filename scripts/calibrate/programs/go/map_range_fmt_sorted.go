// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Ranging over a map visits the entries in an unspecified order that changes
// from run to run (the runtime picks a random starting bucket and offset), so
// a program must not depend on it: sums and counts are fine. fmt sorts the
// keys before printing a map, which costs a sorted copy of the entries (and a
// copy of each key and value that is not pointer-shaped).
package main

import "fmt"

type Pos struct {
	X, Y int
}

func main() {
	ages := map[string]int{"zoe": 31, "adam": 25, "mia": 40, "li": 19}
	total := 0
	oldest := ""
	for name, age := range ages {
		total += age
		if oldest == "" || age > ages[oldest] {
			oldest = name
		}
	}
	fmt.Println(total, oldest)
	fmt.Println(ages)
	fmt.Printf("%v|%d\n", ages, len(ages))
	grid := map[Pos]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true}
	fmt.Println(grid)
	var none map[string]int
	fmt.Println(none, len(none), none["x"])
}
