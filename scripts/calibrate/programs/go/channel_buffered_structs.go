// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A buffered channel of 40-byte structs holds them in its buffer (one 304-byte allocation with the
// hchan); a channel of pointers keeps its buffer apart, since the GC must scan it.
package main

import "fmt"

type Msg struct {
	ID   int
	Body [32]byte
}

func main() {
	q := make(chan Msg, 5)
	for i := 0; i < 5; i++ {
		q <- Msg{ID: i}
		fmt.Println("len", len(q), "cap", cap(q))
	}
	select {
	case q <- Msg{ID: 99}:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	sum := 0
	for len(q) > 0 {
		m := <-q
		sum += m.ID
	}
	fmt.Println(sum)
	var ptrs = make(chan *Msg, 2)
	ptrs <- &Msg{ID: 7}
	ptrs <- nil
	a, b := <-ptrs, <-ptrs
	fmt.Println(a.ID, b == nil)
}
