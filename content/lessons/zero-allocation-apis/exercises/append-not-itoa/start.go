// report formats n readings, one line each, and returns how many bytes the
// lines took (a stand-in for writing them out).
package main

import (
	"fmt"
	"strconv"
)

func report(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		line := "reading " + strconv.Itoa(i) + ": " + strconv.Itoa(i*7%500) + "\n"
		total += len(line)
	}
	return total
}

func main() {
	fmt.Println(report(1000), "bytes")
}
