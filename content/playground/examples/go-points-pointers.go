// B: a []*Point holds pointers; each &Point{} escapes into the slice and is
// its own heap object. The GC must scan the slice and visit every point.
package main

import "fmt"

type Point struct {
	X, Y int64
}

func main() {
	n := 1000
	pts := make([]*Point, 0, n)
	for i := 0; i < n; i++ {
		pts = append(pts, &Point{X: int64(i), Y: int64(2 * i)})
	}
	var sx, sy int64
	for _, p := range pts {
		sx += p.X
		sy += p.Y
	}
	fmt.Println("points:", len(pts), "sum:", sx, sy)
}
