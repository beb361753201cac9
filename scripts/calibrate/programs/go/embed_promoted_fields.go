// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Struct embedding: an embedded struct's fields and methods are promoted to the outer struct, at
// any depth. e.X is shorthand for e.Point.X (the compiler inserts the implicit selection), a pointer
// method is called on the embedded field's address, and the embedded value lives inside the outer
// one: no extra allocation. %v and %+v print the embedded struct under its type name.
package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func (p Point) Dist() int { return abs(p.X) + abs(p.Y) }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

type Entity struct {
	Point
	Name string
}

type Player struct {
	Entity
	Score int
}

func main() {
	p := Player{Entity{Point{1, 2}, "ann"}, 0}
	for i := 0; i < 3; i++ {
		p.Move(i, -1)
		p.Score += p.Dist()
	}
	total := p.X + p.Entity.Y + p.Entity.Point.X
	fmt.Println(p.Name, p.X, p.Y, p.Score, total)
	fmt.Printf("%v\n%+v\n", p, p)
	ps := make([]Player, 0, 4)
	for i := 0; i < 4; i++ {
		ps = append(ps, Player{Entity: Entity{Point: Point{X: i}, Name: "p"}})
	}
	sum := 0
	for i := range ps {
		ps[i].Move(1, 1)
		sum += ps[i].Dist()
	}
	fmt.Println(len(ps), sum)
}
