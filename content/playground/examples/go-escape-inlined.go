// Inlining changes the answer. newVec returns a pointer, but it is small
// enough to inline: the compiler sees the caller never keeps the pointer,
// so the Vec3 stays on the stack ("&Vec3{...} does not escape" at the call).
// Compare with program B, whose newVec is too big to inline.
package main

import "fmt"

type Vec3 struct {
	X, Y, Z int
}

// Small: "can inline newVec".
func newVec(x int) *Vec3 {
	return &Vec3{X: x, Y: x * 2, Z: x * 3}
}

func main() {
	sum := 0
	for i := range 100 {
		v := newVec(i)
		sum += v.X + v.Y + v.Z
	}
	fmt.Println("sum:", sum)
}
