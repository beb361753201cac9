// A: a []Point holds the points themselves, side by side in one backing
// array: one allocation, and no pointers for the GC to follow. Program B
// holds a pointer to each point: one allocation per point, plus the slice.
package main

import "fmt"

type Point struct {
	X, Y int64
}

func main() {
	n := 1000
	pts := make([]Point, 0, n)
	for i := 0; i < n; i++ {
		pts = append(pts, Point{X: int64(i), Y: int64(2 * i)})
	}
	var sx, sy int64
	for _, p := range pts {
		sx += p.X
		sy += p.Y
	}
	fmt.Println("points:", len(pts), "sum:", sx, sy)
}
