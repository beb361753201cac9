// Indexing past the length is a run-time panic: the program prints what it
// printed so far, then the runtime writes "panic: runtime error: index out
// of range [3] with length 3" and a goroutine trace to stderr and exits
// with status 2.
package main

import "fmt"

func pick(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	for i := range 6 {
		fmt.Println("s[", i, "] =", pick(s, i))
	}
	fmt.Println("not reached")
}
