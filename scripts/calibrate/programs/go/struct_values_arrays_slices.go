// Struct and array assignment copies the value (including arrays inside it);
// a slice field copies only the slice header, so both copies share the
// backing array. Passing a struct by value copies it, passing a pointer
// lets the callee change the caller's value.
package main

import "fmt"

type Grid struct {
	name  string
	cells [4]int
	rows  []int
	pos   Point
}

type Point struct {
	X, Y int
}

func bumpValue(g Grid) {
	g.cells[0] = 100
	g.rows[0] = 100
	g.pos.X = 100
}

func bumpPointer(g *Grid) {
	g.cells[1] = 200
	g.pos.Y = 200
}

func main() {
	g := Grid{name: "g", cells: [4]int{1, 2, 3, 4}, rows: []int{1, 2, 3}, pos: Point{X: 1, Y: 2}}
	h := g
	h.cells[3] = 40
	h.rows[2] = 30
	h.name = "h"
	fmt.Println(g.name, g.cells, g.rows, g.pos)
	fmt.Println(h.name, h.cells, h.rows, h.pos)
	bumpValue(g)
	fmt.Println("after bumpValue:", g.cells, g.rows, g.pos)
	bumpPointer(&g)
	fmt.Println("after bumpPointer:", g.cells, g.rows, g.pos)
	arr := [3]string{"a", "b", "c"}
	arr2 := arr
	arr2[0] = "z"
	fmt.Println(arr, arr2)
	fmt.Printf("%v %v\n", g.pos, &g.pos)
}
