// The same assertion on a csvLine that joins with +=: every += makes a
// new string and copies the old one into it, so the count grows with
// the number of fields and the assertion "at most 1" fails.
package main

import (
	"fmt"
	"testing"
)

var fields = [...]string{"2026-12-04", "checkout", "eu-west-1", "200", "12.5ms", "ok"}
var sink string

func csvLine(fields []string) string {
	line := ""
	for i, f := range fields {
		if i > 0 {
			line += ","
		}
		line += f
	}
	return line + "\n"
}

func main() {
	got := testing.AllocsPerRun(1000, func() { sink = csvLine(fields[:]) })
	fmt.Println("allocs per call:", got, "ok:", got <= 1)
}
