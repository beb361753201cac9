// An unbounded queue: the reader appends every record to a slice before
// the consumer takes the first. 3000 records of 8 KiB are all live at
// once, the heap grows with the input, and so does the GC's goal.
package main

import "fmt"

const records = 3000

func main() {
	var queue [][]byte // no budget: the queue grows with the input
	for i := 0; i < records; i++ {
		rec := make([]byte, 8192)
		rec[0] = byte(i)
		queue = append(queue, rec)
	}
	sum := 0
	for _, rec := range queue {
		sum += int(rec[0])
	}
	fmt.Println("records", records, "sum", sum)
}
