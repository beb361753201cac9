// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Promoted methods count for interfaces: a type satisfies an interface with methods of the types
// it embeds. Value methods of an embedded T belong to the outer value's method set; pointer methods
// only to the outer pointer's. fmt uses a promoted String method too. Storing the values in the
// interface allocates them (they are bigger than a pointer).
package main

import "fmt"

type Named struct{ name string }

func (n Named) Name() string   { return n.name }
func (n Named) String() string { return "<" + n.name + ">" }

type Counter struct{ hits int }

func (c *Counter) Hit() int {
	c.hits++
	return c.hits
}

type Page struct {
	Named
	Counter
	size int
}

type Namer interface{ Name() string }
type Hitter interface{ Hit() int }

func describe(n Namer) string { return "name=" + n.Name() }

func main() {
	pages := []Page{{Named{"home"}, Counter{}, 10}, {Named{"about"}, Counter{}, 20}}
	var namers []Namer
	for _, p := range pages {
		namers = append(namers, p)
	}
	for _, n := range namers {
		fmt.Println(describe(n))
	}
	var h Hitter = &pages[1]
	h.Hit()
	h.Hit()
	fmt.Println(pages[1].hits, pages[0].Name())
	fmt.Println(pages[0])
	fmt.Printf("%v %s\n", &pages[1], pages[1].Named)
}
