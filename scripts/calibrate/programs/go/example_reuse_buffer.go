// Reuse one bytes.Buffer: Reset keeps the backing array, so after the
// first message has grown it, the other messages allocate nothing.
// Try: move `var buf bytes.Buffer` inside the loop and run again.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	total := 0
	for i := range 1000 {
		buf.Reset()
		buf.WriteString("message ")
		buf.WriteString("number ")
		for j := range 10 {
			buf.WriteByte(byte('0' + (i+j)%10))
		}
		buf.WriteByte('\n')
		total += buf.Len()
	}
	fmt.Println("bytes written:", total, "final cap:", buf.Cap())
}
