// a + b + c + d in one expression is a single runtime concatstrings call:
// one allocation of the total length. A concatenation whose result does not
// escape and is at most 32 bytes is built in a buffer on the stack and
// allocates nothing.
package main

import (
	"fmt"
	"strconv"
)

var kept []string

func main() {
	a := "alpha-"
	b := "beta-"
	c := "gamma-"
	total := 0
	for i := range 100 {
		short := a + b + strconv.Itoa(i%10)
		total += len(short)
	}
	fmt.Println("short, not escaping:", total)

	for i := range 100 {
		long := a + b + c + strconv.Itoa(i) + c + b + a
		kept = append(kept, long)
	}
	fmt.Println("long, kept:", len(kept), kept[99])
}
