// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A two-stage pipeline: values flow through channels by copy, so stage 2 allocates a new Item for each
// pointer it sends on (the per-iteration copy escapes); the strings built in stage 1 are allocated there.
package main

import "fmt"

type Item struct {
	ID   int
	Name string
}

func stage1(n int) <-chan Item {
	out := make(chan Item, 2)
	go func() {
		for i := 0; i < n; i++ {
			out <- Item{i, fmt.Sprint("item", i)}
		}
		close(out)
	}()
	return out
}

func stage2(in <-chan Item) <-chan *Item {
	out := make(chan *Item)
	go func() {
		for it := range in {
			it := it
			it.Name += "!"
			out <- &it
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for p := range stage2(stage1(5)) {
		total += len(p.Name)
		fmt.Println(p.ID, p.Name)
	}
	fmt.Println(total)
}
