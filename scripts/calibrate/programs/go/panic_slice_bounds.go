// Slicing past the capacity panics with "slice bounds out of range [:8] with
// capacity 5" (exit status 2). Slicing past the length but within the
// capacity is allowed and reveals the elements beyond len.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	s[0], s[1], s[2] = 1, 2, 3
	t := s[:5]
	fmt.Println("s[:5] =", t, "len", len(t))
	n := 8
	u := s[:n]
	fmt.Println(u)
}
