// One bytes.Buffer reused for 1000 messages: Reset keeps the backing array
// (it only sets the length to 0), so after the first message has grown it,
// the other 999 messages allocate nothing.
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
