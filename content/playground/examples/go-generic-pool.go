// A generic pool: Pool[T] keeps released *T values in a slice and reuses them, so a request handler
// that needs a 4 KiB scratch buffer allocates it once, not once per request. Without the pool
// (replace p.Get() with new(Scratch)) every request allocates 4 KiB.
package main

import "fmt"

type Pool[T any] struct {
	free  []*T
	fresh int
}

func (p *Pool[T]) Get() *T {
	if n := len(p.free); n > 0 {
		x := p.free[n-1]
		p.free = p.free[:n-1]
		return x
	}
	p.fresh++
	return new(T)
}

func (p *Pool[T]) Put(x *T) { p.free = append(p.free, x) }

type Scratch struct{ buf [4096]byte }

func handle(p *Pool[Scratch], id int) int {
	s := p.Get()
	defer p.Put(s)
	s.buf[0] = byte(id)
	return int(s.buf[0])
}

func main() {
	var p Pool[Scratch]
	total := 0
	for id := 0; id < 1000; id++ {
		total += handle(&p, id)
	}
	fmt.Println("checksum", total, "- buffers allocated:", p.fresh)
}
