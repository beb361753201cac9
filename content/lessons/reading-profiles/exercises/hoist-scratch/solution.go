package main

import "fmt"

type record struct {
	id   int
	name string
}

// sumScratch fills a scratch buffer for each round and sums it.
func sumScratch(rounds int) int64 {
	var total int64
	s := make([]int64, 1<<14) // one buffer, reused by every round
	for r := 0; r < rounds; r++ {
		for i := range s {
			s[i] = int64(i + r)
		}
		for _, v := range s {
			total += v
		}
	}
	return total
}

// makeRecords builds n small records.
func makeRecords(n int) []*record {
	out := make([]*record, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, &record{id: i})
	}
	return out
}

func main() {
	recs := makeRecords(200)
	fmt.Println(len(recs), sumScratch(40))
}
