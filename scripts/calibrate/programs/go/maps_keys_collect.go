// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// maps.Keys and maps.Values with slices.Collect and slices.Sorted (go1.23): the iterator and its func
// literal stay on the stack, but slices.AppendSeq moves its slice and range state to the heap, boxes its
// loop body, and appends one element at a time: 3 allocations before the first element, then growth.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Stock map[string]int

func sortedNames(s Stock) []string {
	return slices.Sorted(maps.Keys(s))
}

func owners(m map[int]*string) []*string {
	return slices.Collect(maps.Values(m))
}

func main() {
	s := Stock{"pear": 3, "apple": 5, "fig": 1, "kiwi": 8, "lime": 2}
	names := sortedNames(s)
	fmt.Println(names, len(names), cap(names))

	counts := slices.Collect(maps.Values(s))
	slices.Sort(counts)
	fmt.Println(counts, cap(counts))

	var none map[string]int
	empty := slices.Collect(maps.Keys(none))
	fmt.Println(empty == nil, len(empty))

	ids := make(map[int]string, 64) // pre-sized: no overflow buckets that depend on the hash seed
	for i := 0; i < 40; i++ {
		ids[i] = fmt.Sprint("id", i)
	}
	keys := slices.Sorted(maps.Keys(ids))
	fmt.Println(len(keys), cap(keys), keys[0], keys[39])
	vals := slices.Sorted(maps.Values(ids))
	fmt.Println(vals[0], vals[len(vals)-1], cap(vals))

	a, b := "ann", "bob"
	who := owners(map[int]*string{1: &a, 2: &b})
	n := 0
	for _, p := range who {
		n += len(*p)
	}
	fmt.Println(len(who), n)
}
