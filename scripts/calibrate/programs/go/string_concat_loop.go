// Strings are immutable: s += "ab" allocates a new string of len(s)+2 bytes
// and copies the old one into it every time. 500 iterations make 500
// allocations and copy about 250 KB in total for a 1000-byte result.
package main

import "fmt"

func main() {
	s := ""
	for range 500 {
		s += "ab"
	}
	fmt.Println(len(s), s[:10])
}
