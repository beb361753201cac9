// A bounded queue is a memory budget: a ring of 16 slots between the
// reader and the consumer. When it is full, the consumer takes the oldest
// record before the reader may add one. 3000 records of 8 KiB pass
// through, at most 16 wait, and the heap stays at the GC's minimum goal.
// Try: program B, where the queue is a slice that only grows.
package main

import "fmt"

const records = 3000

func main() {
	var ring [16][]byte // the budget: 16 records waiting, at most
	head, n := 0, 0
	sum := 0
	for i := 0; i < records; i++ {
		if n == len(ring) { // full: the consumer handles the oldest first
			sum += int(ring[head][0])
			ring[head] = nil
			head = (head + 1) % len(ring)
			n--
		}
		rec := make([]byte, 8192)
		rec[0] = byte(i)
		ring[(head+n)%len(ring)] = rec
		n++
	}
	for ; n > 0; n-- { // the last records
		sum += int(ring[head][0])
		ring[head] = nil
		head = (head + 1) % len(ring)
	}
	fmt.Println("records", records, "sum", sum)
}
