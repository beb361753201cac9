// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Labelled continue and break leave nested loops early; a method on *Grid ranges over the array in
// place (no copy), while ranging over g by value copies each 4-int row, on the stack.
package main

import "fmt"

type Grid [4][4]int

func (g *Grid) find(target int) (int, int, bool) {
	for r := range g {
		for c := range g[r] {
			if g[r][c] == target {
				return r, c, true
			}
		}
	}
	return 0, 0, false
}

func main() {
	var g Grid
	for i := 0; i < 16; i++ {
		g[i/4][i%4] = i * i
	}
	r, c, ok := g.find(49)
	fmt.Println(r, c, ok)
	count := 0
rows:
	for _, row := range g {
		for _, v := range row {
			switch {
			case v%2 == 1:
				continue rows
			case v > 100:
				break rows
			}
			count++
		}
	}
	fmt.Println(count)
}
