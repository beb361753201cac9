package main

import "fmt"

// squares returns the squares of 0, 1, …, n-1.
func squares(n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

func main() {
	s := squares(1000)
	fmt.Println(len(s), s[10], s[999])
}
