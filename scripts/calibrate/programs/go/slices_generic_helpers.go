// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// The slices package's generic helpers work in place: Sort, SortFunc (with the program's
// comparison function), Reverse, Contains, Index, Min, Max and BinarySearch never allocate.
// Grow allocates a bigger backing array once when the capacity is short; Clip drops the spare
// capacity so the next append must copy.
package main

import (
	"fmt"
	"slices"
)

type Item struct {
	Name  string
	Price int
}

func main() {
	xs := []int{40, 10, 30, 20}
	slices.Sort(xs)
	fmt.Println(xs, slices.Contains(xs, 30), slices.Index(xs, 20), slices.Index(xs, 99))
	pos, found := slices.BinarySearch(xs, 25)
	fmt.Println(pos, found, slices.Min(xs), slices.Max(xs))
	slices.Reverse(xs)
	fmt.Println(xs)
	items := []Item{{"pen", 3}, {"ink", 12}, {"pad", 7}}
	slices.SortFunc(items, func(a, b Item) int { return a.Price - b.Price })
	fmt.Println(items)
	words := []string{"b", "c", "a"}
	slices.Sort(words)
	fmt.Println(words, slices.Contains(words, "c"))
	g := slices.Grow(xs, 10)
	fmt.Println(len(g), cap(g))
	c := slices.Clip(g[:2])
	fmt.Println(len(c), cap(c))
	c = append(c, 1)
	fmt.Println(c, cap(c))
	for i := 0; i < 20; i++ {
		slices.Sort(xs)
		slices.Reverse(xs)
	}
	fmt.Println(xs)
}
