// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A map of slices: m[k] = append(m[k], v) reads the slice header stored
// under k (a nil slice for a new key), appends (allocating a bigger backing
// array when it is full) and stores the new header back. Each key's slice
// grows on its own, so the map holds one small backing array per key.
package main

import "fmt"

func main() {
	groups := make(map[int][]int)
	for i := 0; i < 60; i++ {
		groups[i%4] = append(groups[i%4], i)
	}
	total := 0
	for k, g := range groups {
		total += k * len(g)
	}
	fmt.Println(len(groups), total, len(groups[1]), cap(groups[1]))
	fmt.Println(groups[3][:5])
}
