package main

import "fmt"

type Point struct {
	X, Y int64
}

// centroid makes n points and returns their average position.
func centroid(n int) Point {
	pts := make([]*Point, 0, n)
	for i := 0; i < n; i++ {
		pts = append(pts, &Point{X: int64(i % 100), Y: int64(i % 7)})
	}
	var c Point
	for _, p := range pts {
		c.X += p.X
		c.Y += p.Y
	}
	c.X /= int64(n)
	c.Y /= int64(n)
	return c
}

func main() {
	c := centroid(1000)
	fmt.Println("centroid:", c.X, c.Y)
}
