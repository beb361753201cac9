// Two ways to copy a slice. make + copy allocates exactly len elements
// (cap == len). append(s[:0:0], s...) goes through growslice and rounds
// the size up to a size class, so the copy can have spare capacity.
package main

import "fmt"

func main() {
	src := make([]int, 0, 20)
	for i := range 13 {
		src = append(src, i*i)
	}

	dst := make([]int, len(src))
	n := copy(dst, src)
	fmt.Println("make+copy: copied", n, "len", len(dst), "cap", cap(dst))

	cl := append(src[:0:0], src...)
	fmt.Println("append clone: len", len(cl), "cap", cap(cl))

	part := make([]int, 5)
	n = copy(part, src)
	fmt.Println("copy into 5:", n, part)

	cl[0] = 1000
	fmt.Println("src[0] still", src[0], "dst[12]", dst[12])
}
