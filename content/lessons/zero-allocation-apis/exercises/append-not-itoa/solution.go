// report formats n readings, one line each, and returns how many bytes the
// lines took (a stand-in for writing them out).
package main

import (
	"fmt"
	"strconv"
)

func report(n int) int {
	total := 0
	var buf []byte
	for i := 0; i < n; i++ {
		buf = append(buf[:0], "reading "...)
		buf = strconv.AppendInt(buf, int64(i), 10)
		buf = append(buf, ": "...)
		buf = strconv.AppendInt(buf, int64(i*7%500), 10)
		buf = append(buf, '\n')
		total += len(buf)
	}
	return total
}

func main() {
	fmt.Println(report(1000), "bytes")
}
