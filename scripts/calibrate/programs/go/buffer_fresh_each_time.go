// The same 1000 messages as buffer_reuse_reset, but with a new bytes.Buffer
// per message. The Buffer struct itself stays on the stack (it does not
// escape), yet its backing array is allocated again every time: the first
// write allocates 64 bytes (bytes.Buffer's smallBufferSize).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	total := 0
	lastCap := 0
	for i := range 1000 {
		var buf bytes.Buffer
		buf.WriteString("message ")
		buf.WriteString("number ")
		for j := range 10 {
			buf.WriteByte(byte('0' + (i+j)%10))
		}
		buf.WriteByte('\n')
		total += buf.Len()
		lastCap = buf.Cap()
	}
	fmt.Println("bytes written:", total, "last cap:", lastCap)
}
