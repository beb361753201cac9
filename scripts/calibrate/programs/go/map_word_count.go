// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Counting words with a map[string]int: m[w]++ reads the current count (zero
// for a new word) and stores it back. The map starts empty and grows as new
// words arrive: its buckets are reallocated at twice the size each time the
// average bucket holds more than 6.5 entries. fmt prints a map with its keys
// sorted, so the output does not depend on Go's random iteration order.
package main

import "fmt"

const text = "the quick brown fox jumps over the lazy dog the dog barks and the fox runs " +
	"a bird sings in the tree and the cat sleeps on the warm mat while the sun shines"

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func main() {
	counts := make(map[string]int)
	for _, w := range words(text) {
		counts[w]++
	}
	fmt.Println(len(counts), "distinct words")
	fmt.Println("the:", counts["the"], "fox:", counts["fox"], "zebra:", counts["zebra"])
	fmt.Println(counts)
}
