// []byte(s) and string(b) copy the bytes. A result that does not escape and
// fits in 32 bytes uses a temporary buffer on the stack; a longer one, or one
// that escapes (here: stored in a package-level variable), is allocated on
// the heap.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

var keep []byte
var keepStr string

func main() {
	short := "hello, gopher"
	long := strings.Repeat("0123456789", 10)

	sum := 0
	for range 100 {
		b := []byte(short)
		sum += int(b[0])
	}
	fmt.Println("short []byte(s), local:", sum)

	sum = 0
	for range 100 {
		b := []byte(long)
		sum += int(b[99])
	}
	fmt.Println("100-byte []byte(s), local:", sum)

	for range 100 {
		keep = []byte(short)
	}
	fmt.Println("short []byte(s), kept:", len(keep))

	raw := []byte("bytes to string")
	n := 0
	for range 100 {
		s := string(raw)
		n += len(s)
	}
	fmt.Println("short string(b), local:", n)

	for range 100 {
		keepStr = string(raw)
	}
	fmt.Println("short string(b), kept:", keepStr)
	var bb bytes.Buffer
	bb.Write(keep)
	fmt.Println(bb.String() == short)
}
