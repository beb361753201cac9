// Returning &T{} from a function that is not inlined makes the value escape:
// it is allocated on the heap. Returning the struct by value copies it and
// allocates nothing. When the constructor is small enough to be inlined, the
// compiler sees the whole lifetime and the &T{} can stay on the stack.
package main

import "fmt"

type Vec3 struct {
	X, Y, Z int
}

// Too big to inline (the -m output has no "can inline newVecBig").
func newVecBig(x int) *Vec3 {
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

func newVecSmall(x int) *Vec3 {
	return &Vec3{X: x, Y: x * 2, Z: x * 3}
}

func vecValue(x int) Vec3 {
	return Vec3{X: x, Y: x * 2, Z: x * 3}
}

func main() {
	sum := 0
	for i := range 100 {
		v := newVecBig(i)
		sum += v.X + v.Y + v.Z
	}
	fmt.Println("pointer, not inlined:", sum)

	sum = 0
	for i := range 100 {
		v := newVecSmall(i)
		sum += v.X + v.Y + v.Z
	}
	fmt.Println("pointer, inlined:", sum)

	sum = 0
	for i := range 100 {
		v := vecValue(i)
		sum += v.X + v.Y + v.Z
	}
	fmt.Println("value:", sum)
}
