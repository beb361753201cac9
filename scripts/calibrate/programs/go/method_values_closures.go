// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Method values: c.Inc binds its receiver into a closure {F, R}. Passed to a function that only calls
// it, the closure stays on the stack; stored in a package-level func variable it escapes, and with it
// the Counter whose address it holds (moved to heap: v). c.Get copies *c when the value is made.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }

var hook func()

func apply(f func(), times int) {
	for i := 0; i < times; i++ {
		f()
	}
}

func main() {
	c := &Counter{}
	inc := c.Inc
	apply(inc, 3)
	get := c.Get
	fmt.Println(get())
	var v Counter
	hook = v.Inc
	hook()
	apply(c.Inc, 2)
	fmt.Println(c.n, v.n)
}
