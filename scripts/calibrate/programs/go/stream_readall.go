// io.ReadAll of the same 1 MiB input: it starts with a 512-byte slice and
// grows it with append as data arrives, so it allocates the whole input
// again plus every intermediate backing array (about twice the input in
// total) before handing back one big slice.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	input := strings.Repeat("0123456789abcdef", 65536)
	data, _ := io.ReadAll(strings.NewReader(input))
	fmt.Println("read", len(data), "bytes, cap", cap(data))
}
