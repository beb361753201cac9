// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// strings.Fields counts the fields first and makes one []string of exactly that length; Split
// and SplitN make one []string too (its length is the count of separators + 1, or n). The
// substrings share the input's bytes: no allocation per field. Join allocates the result once
// (a Builder grown to the final length).
package main

import (
	"fmt"
	"strings"
)

func main() {
	line := "  alpha beta\tgamma\n delta  "
	f := strings.Fields(line)
	fmt.Println(len(f), f)
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	two := strings.SplitN("k=v=w", "=", 2)
	fmt.Println(two, len(strings.Split("", ",")))
	chars := strings.Split("héllo", "")
	fmt.Println(len(chars), chars)
	joined := strings.Join(f, "+")
	fmt.Println(joined, strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	total := 0
	for i := 0; i < 50; i++ {
		total += len(strings.Fields("x y z"))
	}
	fmt.Println(total)
	csv := "10,20,30,40"
	sum := 0
	for _, p := range strings.Split(csv, ",") {
		sum += len(p)
	}
	fmt.Println(sum)
}
