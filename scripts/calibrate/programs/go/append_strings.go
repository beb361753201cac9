// []string elements are 16 bytes (pointer + length) and contain a pointer:
// the capacity doubles 1, 2, 4, ... 32 and then the malloc header makes the
// next step 71 instead of 64. Appending a string copies only its header; the
// bytes of the literal are not copied.
package main

import "fmt"

func main() {
	var names []string
	prev := cap(names)
	for i := range 600 {
		if i%2 == 0 {
			names = append(names, "even")
		} else {
			names = append(names, "odd")
		}
		if cap(names) != prev {
			fmt.Printf("len %d cap %d\n", len(names), cap(names))
			prev = cap(names)
		}
	}
	fmt.Println(names[0], names[599])
}
