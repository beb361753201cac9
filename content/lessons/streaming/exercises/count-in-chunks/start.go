// countLines counts the lines of a log as it arrives from a reader (here a
// strings.Reader over src, standing in for a file or a socket).
package main

import (
	"fmt"
	"io"
	"strings"
)

var logText = strings.Repeat("GET /index.html 200\nGET /api/items 500\nPOST /api/items 201\n", 4096)

func countLines(src string) int {
	r := strings.NewReader(src)
	data, _ := io.ReadAll(r)
	lines := 0
	for _, c := range data {
		if c == '\n' {
			lines++
		}
	}
	return lines
}

func main() {
	fmt.Println(countLines(logText), "lines")
}
