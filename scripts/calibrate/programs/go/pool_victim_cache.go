// One object, followed through the victim cache. After a GC it is still
// reachable from the victim cache and Get returns it; Get does not move it
// back, but the Put that follows does (into the primary cache). Two GCs in a
// row without a Get/Put in between lose it and Get calls New.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Conn struct {
	id   int
	uses int
}

var next int

func main() {
	pool := sync.Pool{New: func() any {
		next++
		return &Conn{id: next}
	}}

	c := pool.Get().(*Conn)
	c.uses++
	fmt.Println("first Get: conn", c.id)
	pool.Put(c)

	runtime.GC()
	c = pool.Get().(*Conn)
	c.uses++
	fmt.Println("after 1 GC: conn", c.id, "uses", c.uses)
	pool.Put(c)

	runtime.GC()
	c = pool.Get().(*Conn)
	c.uses++
	fmt.Println("after 1 more GC: conn", c.id, "uses", c.uses)
	pool.Put(c)

	runtime.GC()
	runtime.GC()
	c = pool.Get().(*Conn)
	fmt.Println("after 2 GCs without use: conn", c.id, "uses", c.uses)
	fmt.Println("New called", next, "times")
}
