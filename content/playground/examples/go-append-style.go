// An append-style formatter: appendReading writes into the caller's []byte
// and returns it, so one buffer, truncated with buf[:0], serves every line.
// Try: compare with B, where formatReading returns a new string per call.
package main

import (
	"fmt"
	"strconv"
)

func appendReading(dst []byte, id, value int) []byte {
	dst = append(dst, "sensor-"...)
	dst = strconv.AppendInt(dst, int64(id), 10)
	dst = append(dst, '=')
	dst = strconv.AppendInt(dst, int64(value), 10)
	return append(dst, '\n')
}

func main() {
	var buf []byte
	total := 0
	for i := range 1000 {
		buf = appendReading(buf[:0], i, i*37%1000)
		total += len(buf)
	}
	fmt.Println("bytes formatted:", total, "buffer cap:", cap(buf))
}
