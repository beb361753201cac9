// Stream instead of reading everything: a 4 KiB bufio.Reader copies
// 1 MiB into io.Discard, so memory stays bounded by the buffer.
// Try: replace the last three lines of main with
//   data, _ := io.ReadAll(strings.NewReader(input))
//   fmt.Println("read", len(data), "bytes")
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	input := strings.Repeat("0123456789abcdef", 65536)
	r := strings.NewReader(input)
	br := bufio.NewReaderSize(r, 4096)
	n, _ := io.Copy(io.Discard, br)
	fmt.Println("copied", n, "bytes")
}
