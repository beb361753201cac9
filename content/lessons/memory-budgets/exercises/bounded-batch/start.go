package main

import "fmt"

// handle is the consumer: in a real service, slower than reading.
func handle(rec []byte) int {
	return int(rec[0])
}

// pipeline reads n records and handles them. The reader runs ahead of
// the consumer: every record is queued before the first is handled.
func pipeline(n int) int {
	var queue [][]byte
	for i := 0; i < n; i++ {
		rec := make([]byte, 8192) // record i: 8 KiB, as a file reader would read it
		rec[0] = byte(i)
		queue = append(queue, rec)
	}
	sum := 0
	for _, rec := range queue {
		sum += handle(rec)
	}
	return sum
}

func main() {
	fmt.Println("sum", pipeline(1500))
}
