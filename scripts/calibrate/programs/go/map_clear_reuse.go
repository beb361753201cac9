// calibrate: runs=9
// clear(m) removes every entry but keeps the bucket array, so a map that is
// cleared and refilled each round allocates its buckets once. Making a new
// map each round allocates them again every time, and the old ones become
// garbage.
package main

import "fmt"

var reused, fresh map[int]int

func main() {
	reused = make(map[int]int)
	sum := 0
	for round := 0; round < 20; round++ {
		clear(reused)
		for i := 0; i < 100; i++ {
			reused[i] = round
		}
		sum += len(reused)
	}
	for round := 0; round < 20; round++ {
		fresh = make(map[int]int)
		for i := 0; i < 100; i++ {
			fresh[i] = round
		}
		sum += len(fresh)
	}
	fmt.Println(sum, reused[7], fresh[7])
}
