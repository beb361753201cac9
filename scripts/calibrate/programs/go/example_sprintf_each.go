// A formatter that returns a fresh string: every call to formatReading
// allocates its result, and fmt boxes each int of 256 or more into an
// interface value first.
package main

import "fmt"

func formatReading(id, value int) string {
	return fmt.Sprintf("sensor-%d=%d\n", id, value)
}

func main() {
	total := 0
	for i := range 1000 {
		s := formatReading(i, i*37%1000)
		total += len(s)
	}
	fmt.Println("bytes formatted:", total)
}
