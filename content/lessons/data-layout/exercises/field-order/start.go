package main

import "fmt"

// event is one row of a metrics buffer.
type event struct {
	sampled bool
	at      int64
	retried bool
	code    int32
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
