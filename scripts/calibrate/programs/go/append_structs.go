// A slice of 24-byte structs (three ints, no pointers): capacities are
// the byte size rounded up to a size class divided by 24, so after a few
// doublings they stop being powers of two.
package main

import "fmt"

type Point struct {
	X, Y, Z int
}

func main() {
	var pts []Point
	prev := cap(pts)
	for i := range 1500 {
		pts = append(pts, Point{X: i, Y: 2 * i, Z: 3 * i})
		if cap(pts) != prev {
			fmt.Printf("len %d cap %d\n", len(pts), cap(pts))
			prev = cap(pts)
		}
	}
	sum := 0
	for _, p := range pts {
		sum += p.X + p.Y + p.Z
	}
	fmt.Println("sum", sum)
}
