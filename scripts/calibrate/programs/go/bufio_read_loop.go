// Reading in a loop with a caller-owned 512-byte buffer through a
// bufio.Reader of 1024 bytes: a read larger than the reader's empty buffer
// goes straight to the underlying reader; smaller ones are served from the
// buffer. The loop itself allocates nothing per iteration.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	data := []byte(strings.Repeat("abcdefgh", 8192))
	br := bufio.NewReaderSize(bytes.NewReader(data), 1024)
	buf := make([]byte, 512)
	total := 0
	reads := 0
	for {
		n, err := br.Read(buf)
		total += n
		if n > 0 {
			reads++
		}
		if err != nil {
			break
		}
	}
	fmt.Println("read", total, "bytes in", reads, "reads")

	small := make([]byte, 100)
	br2 := bufio.NewReaderSize(bytes.NewReader(data[:3000]), 1024)
	total = 0
	reads = 0
	for {
		n, err := br2.Read(small)
		total += n
		if n > 0 {
			reads++
		}
		if err != nil {
			break
		}
	}
	fmt.Println("read", total, "bytes in", reads, "reads of at most 100")
}
