// A new bytes.Buffer for every message: each one allocates its backing
// array again and leaves it for the GC.
package main

import (
	"bytes"
	"fmt"
)

var sink []byte

func main() {
	total := 0
	last := 0
	for i := range 1000 {
		var buf bytes.Buffer
		buf.WriteString("message ")
		buf.WriteString("number ")
		for j := range 10 {
			buf.WriteByte(byte('0' + (i+j)%10))
		}
		buf.WriteByte('\n')
		sink = buf.Bytes() // the buffer escapes, as one handed to a writer would
		total += buf.Len()
		last = buf.Cap()
	}
	fmt.Println("bytes written:", total, "final cap:", last)
}
