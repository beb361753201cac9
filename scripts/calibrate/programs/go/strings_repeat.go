// strings.Repeat knows the final length, so it allocates once (through a
// strings.Builder with Grow) however many copies it makes. The 2000-byte
// result is served from the 2048-byte size class.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.Repeat("ab", 1000)
	fmt.Println(len(s), s[:6])
	t := strings.Repeat("-", 40)
	fmt.Println(t)
	e := strings.Repeat("x", 0)
	fmt.Println(len(e))
}
