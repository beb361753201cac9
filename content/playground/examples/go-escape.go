// Escaping versus not: returning &Vec3{} from a function that is not
// inlined moves the value to the heap; returning the struct by value
// allocates nothing. Compare the annotations on the two constructors.
package main

import "fmt"

type Vec3 struct {
	X, Y, Z int
}

// Too big to inline, so the pointer it returns escapes.
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

func vecValue(x int) Vec3 {
	return Vec3{X: x, Y: x * 2, Z: x * 3}
}

func main() {
	sum := 0
	for i := range 100 {
		v := newVec(i)
		sum += v.X + v.Y + v.Z
	}
	fmt.Println("pointer:", sum)

	sum = 0
	for i := range 100 {
		v := vecValue(i)
		sum += v.X + v.Y + v.Z
	}
	fmt.Println("value:", sum)
}
