// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// slices.Clone copies into a new array sized by growslice (nil stays nil, empty stays empty and
// non-nil); slices.Equal compares without allocating; slices.Insert shifts in place while the capacity
// lasts, else grows once with append(s[:i], make(S, n+m-i)...), so the size class rounds the capacity.
package main

import (
	"fmt"
	"slices"
)

type P struct{ X, Y int }

func clone(s []int) []int { return slices.Clone(s) }

func grow(names []string, at int, more ...string) []string {
	return slices.Insert(names, at, more...)
}

func main() {
	s := []int{1, 2, 3}
	c := slices.Clone(s)
	c[0] = 9
	fmt.Println(s, c, slices.Equal(s, c), slices.Equal(s, []int{1, 2, 3}))
	s = slices.Insert(s, 1, 7, 8)
	fmt.Println(s, len(s), cap(s))
	s = slices.Insert(s, 5, 4)
	fmt.Println(s, len(s), cap(s))
	s = slices.Insert(s, 0, 0)
	fmt.Println(s, len(s), cap(s))
	var n []string
	fmt.Println(slices.Clone(n) == nil, len(clone(nil)), slices.Clone([]int{}) == nil)
	ps := []P{{1, 2}, {3, 4}}
	qs := slices.Insert(ps, 1, P{5, 6})
	qs[0].X = 100
	fmt.Println(ps, qs, cap(qs))
	big := make([]byte, 0, 1000)
	for i := 0; i < 1000; i++ {
		big = slices.Insert(big, len(big)/2, byte(i))
	}
	fmt.Println(len(big), cap(big), big[500])
	words := grow([]string{"a", "d"}, 1, "b", "c")
	fmt.Println(words, cap(words), slices.Equal(words, []string{"a", "b", "c", "d"}))
}
