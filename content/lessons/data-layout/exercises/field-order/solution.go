package main

import "fmt"

// event is one row of a metrics buffer. Largest fields first: no padding between them.
type event struct {
	at      int64
	code    int32
	sampled bool
	retried bool
	final   bool
}

// buffer allocates room for n events.
func buffer(n int) []event {
	return make([]event, n)
}

func main() {
	b := buffer(10000)
	b[42].code = 7
	fmt.Println(len(b), b[42].code)
}
