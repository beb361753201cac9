// A linked list: every &Node{...} that is linked into a list reachable from
// main's result must live on the heap, one 16-byte pointerful object per
// node (no tiny allocator for objects with pointers). Walking and summing
// allocates nothing.
package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func build(n int) *Node {
	var head *Node
	for i := range n {
		head = &Node{val: i, next: head}
	}
	return head
}

func sum(l *Node) int {
	s := 0
	for p := l; p != nil; p = p.next {
		s += p.val
	}
	return s
}

func main() {
	l := build(1000)
	fmt.Println("sum", sum(l))
	fmt.Println("head", l.val, "second", l.next.val)
}
