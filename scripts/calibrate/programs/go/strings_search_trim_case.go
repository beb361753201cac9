// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Searching and trimming return indexes, booleans or substrings of the input: no allocation.
// ToUpper/ToLower return the input itself when nothing changes and allocate a new string
// otherwise; Replace/ReplaceAll allocate only when there is something to replace; Map
// calls the program's function for every rune.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World  "
	t := strings.TrimSpace(s)
	fmt.Println(t, len(t))
	fmt.Println(strings.Contains(t, "World"), strings.ContainsRune(t, 'W'), strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.IndexByte(t, ','))
	fmt.Println(strings.HasPrefix(t, "Hell"), strings.HasSuffix(t, "!"), strings.Count(t, "l"), strings.Count("five", ""))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimPrefix(t, "Hello, "), strings.TrimSuffix(t, "World"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Gx"))
	up := strings.ToUpper(t)
	low := strings.ToLower(t)
	same := strings.ToLower("already lower")
	fmt.Println(up, low, same)
	r := strings.Replace("oink oink oink", "k", "ky", 2)
	ra := strings.ReplaceAll("oink oink oink", "oink", "moo")
	none := strings.ReplaceAll("abc", "z", "y")
	fmt.Println(r, ra, none)
	rot := strings.Map(func(c rune) rune {
		if c >= 'a' && c <= 'z' {
			return 'a' + (c-'a'+13)%26
		}
		return c
	}, "hello, gopher")
	fmt.Println(rot)
	n := 0
	for i := 0; i < 100; i++ {
		if strings.HasPrefix(strings.TrimSpace(s), "Hello") {
			n++
		}
	}
	fmt.Println(n)
}
