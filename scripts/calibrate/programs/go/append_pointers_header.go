// A slice of pointers grows like []int up to 64 elements, then diverges:
// since Go 1.22 a pointer-containing object larger than 512 bytes carries an
// 8-byte malloc header, so 128 pointers (1024 B) need 1032 B, land in the
// 1152-byte class and leave room for 143 elements, not 128.
package main

import "fmt"

func main() {
	x := 42
	var s []*int
	prev := cap(s)
	for range 2000 {
		s = append(s, &x)
		if cap(s) != prev {
			fmt.Printf("len %d cap %d\n", len(s), cap(s))
			prev = cap(s)
		}
	}
	fmt.Println(*s[1999])
}
