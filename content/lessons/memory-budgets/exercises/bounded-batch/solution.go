package main

import "fmt"

// handle is the consumer: in a real service, slower than reading.
func handle(rec []byte) int {
	return int(rec[0])
}

// budget is how many records may wait for the consumer at once.
const budget = 16

// pipeline reads n records and handles them, at most budget at a time:
// when the queue is full, the reader waits while the consumer drains it.
func pipeline(n int) int {
	queue := make([][]byte, 0, budget)
	sum := 0
	for i := 0; i < n; i++ {
		rec := make([]byte, 8192) // record i: 8 KiB, as a file reader would read it
		rec[0] = byte(i)
		queue = append(queue, rec)
		if len(queue) == budget || i == n-1 {
			for _, rec := range queue {
				sum += handle(rec)
			}
			clear(queue) // drop the references: the GC may free the records
			queue = queue[:0]
		}
	}
	return sum
}

func main() {
	fmt.Println("sum", pipeline(1500))
}
