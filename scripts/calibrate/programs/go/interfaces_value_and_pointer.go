// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Value and pointer receivers behind one interface: Dog values are boxed (a 16-byte string header
// each) when stored in []Animal, *Cat values are stored as they are; a type switch tells them apart.
package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }
type Cat struct{ name string }

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return c.name }

func loudest(as []Animal) Animal {
	var best Animal
	for _, a := range as {
		if best == nil || len(a.Sound()) > len(best.Sound()) || (len(a.Sound()) == len(best.Sound()) && a.Name() < best.Name()) {
			best = a
		}
	}
	return best
}

func main() {
	zoo := []Animal{Dog{"rex"}, &Cat{"tom"}, Dog{"ace"}, &Cat{"kit"}}
	for _, a := range zoo {
		switch v := a.(type) {
		case Dog:
			fmt.Println("dog", v.name, v.Sound())
		case *Cat:
			fmt.Println("cat", v.name, v.Sound())
		}
	}
	b := loudest(zoo)
	fmt.Println("loudest:", b.Name())
	fmt.Printf("%v %T\n", b, b)
}
