// Inlining changes the answer. This newVec returns a pointer too, but its
// body costs 107 nodes, over the compiler's inlining budget of 80, so
// escape analysis sees the pointer leave the function: every call puts a
// Vec3 on the heap ("&Vec3{...} escapes to heap").
package main

import "fmt"

type Vec3 struct {
	X, Y, Z int
}

// Too big: no "can inline newVec".
func newVec(x int) *Vec3 {
	v := &Vec3{X: x, Y: x * 2, Z: x * 3}
	for i := 0; i < 3; i++ {
		v.X += i
		v.Y -= i
		v.Z += v.X - v.Y
		if v.Z > 1000000 {
			v.Z = v.Z % 1000
		}
		if v.Y < -1000000 {
			v.Y = 0
		}
		if v.X > 1000000 {
			v.X = 1
		}
	}
	if v.X == v.Y && v.Y == v.Z {
		v.X, v.Y, v.Z = v.Z+1, v.X+2, v.Y+3
	}
	return v
}

func main() {
	sum := 0
	for i := range 100 {
		v := newVec(i)
		sum += v.X + v.Y + v.Z
	}
	fmt.Println("sum:", sum)
}
