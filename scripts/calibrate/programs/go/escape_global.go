// A pointer stored in a package-level variable outlives the function, so the
// value it points to must be on the heap ("moved to heap" / "escapes to
// heap"). The same value kept in a local variable stays on the stack.
package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

var last *Node
var all []*Node

func keepLast(v int) {
	last = &Node{val: v}
}

func keepAll(v int) {
	n := Node{val: v}
	all = append(all, &n)
}

func localOnly(v int) int {
	n := Node{val: v}
	p := &n
	p.val *= 2
	return n.val
}

func main() {
	for i := range 50 {
		keepLast(i)
	}
	fmt.Println("last:", last.val)
	for i := range 50 {
		keepAll(i)
	}
	fmt.Println("all:", len(all), all[49].val)
	s := 0
	for i := range 50 {
		s += localOnly(i)
	}
	fmt.Println("local:", s)
}
