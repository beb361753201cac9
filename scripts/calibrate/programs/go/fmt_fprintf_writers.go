// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// fmt.Fprintf, Fprintln and Fprint write through an io.Writer: into a strings.Builder, a bytes.Buffer
// or the program's own type. The writer is called through the interface, so the Builder and the
// Buffer move to the heap and the *counter escapes; the formatted bytes are appended to their buffers.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	fmt.Println(b.String())
	var buf bytes.Buffer
	fmt.Fprintln(&buf, "hello", 42)
	fmt.Fprint(&buf, "x")
	fmt.Print(buf.String())
	c := &counter{}
	fmt.Fprintf(c, "%s=%d\n", "k", 7)
	fmt.Println(c.n)
}
