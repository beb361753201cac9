// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// When the compiler can see which concrete type an interface variable holds (a local assigned once
// from a conversion), it devirtualizes the call: w.Write becomes a direct, inlinable call and the
// *Counter does not escape. Passed to a function that is too big to inline, the same value escapes,
// because the call goes through the interface and its receiver leaks. (Had writeAll been inlined,
// the compiler would have devirtualized the call in the inlined copy as well.)
package main

import "fmt"

type Writer interface {
	Write(p []byte) (int, error)
}

type Counter struct {
	n     int
	calls int
}

func (c *Counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

func writeAll(w Writer, chunks int) {
	msg := []byte("hello, world")
	for i := 0; i < chunks; i++ {
		w.Write(msg)
	}
	// A second call through the interface puts writeAll over the inlining budget.
	w.Write(msg[:0])
}

func main() {
	var w Writer = &Counter{}
	for i := 0; i < 100; i++ {
		w.Write([]byte("abc"))
	}
	c := w.(*Counter)
	fmt.Println(c.n, c.calls)
	total := 0
	for r := 0; r < 50; r++ {
		d := &Counter{}
		writeAll(d, 10)
		total += d.n
	}
	fmt.Println(total)
}
