// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Switches and labelled loops allocate nothing by themselves: a tagless switch picks a size class
// band, a tag switch with fallthrough names it, and `continue outer` / `break outer` leave nested
// loops early. Only the strings built for printing allocate.
package main

import "fmt"

type Band int

const (
	Tiny Band = iota
	Small
	Large
)

func band(n int) Band {
	switch {
	case n < 16:
		return Tiny
	case n <= 32768:
		return Small
	default:
		return Large
	}
}

func describe(b Band) string {
	switch b {
	case Tiny:
		return "tiny"
	case Small:
		return "small"
	}
	return "large"
}

func main() {
	counts := [3]int{}
	pairs := 0
outer:
	for i := 1; i < 64; i++ {
		for j := 1; j < 64; j++ {
			if i*j > 1000 {
				continue outer
			}
			if i == 50 {
				break outer
			}
			pairs++
		}
	}
	for _, n := range []int{1, 8, 15, 16, 100, 32768, 32769, 1 << 20} {
		b := band(n)
		counts[b]++
		switch b {
		case Tiny:
			fmt.Println(n, "bytes:", describe(b), "(tiny allocator)")
			fallthrough
		case Small:
			fmt.Println(n, "bytes: size-classed")
		default:
			fmt.Println(n, "bytes:", describe(b), "(whole pages)")
		}
	}
	fmt.Println(counts, pairs)
}
