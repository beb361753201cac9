// new(T) is not "allocate on the heap": like &T{}, it gives a stack slot when
// the pointer does not outlive the function. Returning it (from a function
// that is not inlined into its caller) or storing it in a package-level
// variable puts it on the heap.
package main

import "fmt"

type Counter struct {
	hits  int
	total int
	name  string
}

var registry []*Counter

func localCounter(n int) int {
	c := new(Counter)
	for i := range n {
		c.hits++
		c.total += i
	}
	return c.total
}

func register(name string) *Counter {
	c := new(Counter)
	c.name = name
	registry = append(registry, c)
	return c
}

func main() {
	t := 0
	for i := range 100 {
		t += localCounter(i)
	}
	fmt.Println("local total", t)
	for i := range 20 {
		c := register("c")
		c.hits = i
	}
	fmt.Println("registered", len(registry), registry[19].hits, registry[0].name)
}
