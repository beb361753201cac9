// strings.Builder.Reset drops the backing array (the String() results it
// handed out still point into it, so it cannot be reused): every round
// allocates again. bytes.Buffer.Reset keeps the array, because Bytes() and
// String() callers got copies or were told the slice is only valid until the
// next change.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	var bb bytes.Buffer
	for round := range 3 {
		sb.Reset()
		bb.Reset()
		fmt.Println("round", round, "after Reset: builder cap", sb.Cap(), "buffer cap", bb.Cap())
		for range 20 {
			sb.WriteString("0123456789")
			bb.WriteString("0123456789")
		}
		fmt.Println("  after 200 bytes: builder cap", sb.Cap(), "buffer cap", bb.Cap())
	}
	out := sb.String()
	fmt.Println(len(out), bb.Len())
}
