package main

import "fmt"

// process handles n messages of size bytes each and returns a checksum.
func process(n, size int) int {
	sum := 0
	for i := 0; i < n; i++ {
		buf := make([]byte, size) // a fresh buffer for every message
		read(buf, i)
		sum += int(buf[i%size])
	}
	return sum
}

// read stands in for a read from the network: it writes a few bytes of message i.
func read(buf []byte, i int) {
	for j := 0; j < 16; j++ {
		buf[(i+j*97)%len(buf)] = byte(i + j)
	}
}

func main() {
	fmt.Println("checksum", process(400, 32<<10))
}
