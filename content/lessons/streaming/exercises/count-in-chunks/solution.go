// countLines counts the lines of a log as it arrives from a reader (here a
// strings.Reader over src, standing in for a file or a socket).
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

var logText = strings.Repeat("GET /index.html 200\nGET /api/items 500\nPOST /api/items 201\n", 4096)

func countLines(src string) int {
	r := strings.NewReader(src)
	br := bufio.NewReaderSize(r, 4096)
	buf := make([]byte, 4096)
	lines := 0
	for {
		n, err := br.Read(buf)
		for _, c := range buf[:n] {
			if c == '\n' {
				lines++
			}
		}
		if err == io.EOF {
			break
		}
	}
	return lines
}

func main() {
	fmt.Println(countLines(logText), "lines")
}
