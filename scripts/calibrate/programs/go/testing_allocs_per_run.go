// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// testing.AllocsPerRun measures allocations like a benchmark would: it runs f once to warm up,
// then `runs` times, and returns the average number of mallocs per run (integer division).
// A closure that only reads does not allocate; one that makes a fresh slice that escapes does.
package main

import (
	"fmt"
	"strconv"
	"testing"
)

var sink []int

func main() {
	none := testing.AllocsPerRun(100, func() {
		x := 0
		for i := 0; i < 10; i++ {
			x += i
		}
		_ = x
	})
	one := testing.AllocsPerRun(100, func() {
		sink = make([]int, 8)
	})
	conv := testing.AllocsPerRun(50, func() {
		_ = strconv.Itoa(12345)
	})
	fmt.Println(none, one, conv)
}
