// Streaming 1 MiB through a 4 KiB bufio.Reader into io.Discard: memory use
// is bounded by the buffer, whatever the size of the input. The only sizable
// allocations are the input itself (strings.Repeat), the bufio.Reader and
// its 4 KiB buffer; io.Copy hands the reader to io.Discard without
// collecting the data anywhere.
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
