// A defer inside a loop cannot be open-coded: each one calls deferproc, which takes a _defer record
// (48 bytes) from the P's pool, allocating it when the pool is empty, and its arguments live in a
// wrapper closure on the heap (16 bytes for one int). The records go back to the pool when the
// deferred calls run, so the second call of release allocates only the closures.
package main

import (
	"fmt"
	"runtime"
)

var freed int

func free(id int) { freed += id }

func release(n int) {
	for i := 0; i < n; i++ {
		defer free(i)
	}
}

func main() {
	release(5)
	release(5)
	fmt.Println(freed)
	runtime.GC()
	release(3)
	fmt.Println(freed)
}
