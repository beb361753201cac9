// Read everything first: io.ReadAll collects the whole 1 MiB input in a
// slice that grows like append (every outgrown array is garbage), and only
// then is it copied on. Compare with A, which streams through 4 KiB.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	input := strings.Repeat("0123456789abcdef", 65536)
	data, _ := io.ReadAll(strings.NewReader(input))
	n, _ := io.Copy(io.Discard, bytes.NewReader(data))
	fmt.Println("copied", n, "bytes")
}
