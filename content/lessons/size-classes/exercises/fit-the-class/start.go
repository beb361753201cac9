package main

import "fmt"

// headerLen is the length prefix at the start of every frame.
const headerLen = 4

// payloadLen is how many payload bytes a frame carries. The protocol accepts
// any payload from 4000 to 4096 bytes.
const payloadLen = 4096

// frames allocates n frames: each a length prefix followed by the payload.
func frames(n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = make([]byte, headerLen+payloadLen)
	}
	return out
}

func main() {
	fs := frames(100)
	fmt.Println(len(fs), "frames, payload in range:", len(fs[0])-headerLen >= 4000 && len(fs[0])-headerLen <= 4096)
}
