// No pointers, no header. The block's owner is now an index into a table of
// sessions, so the block is pointer-free ("noscan"): 1024 bytes fit the
// 1024-byte size class exactly, and the GC never scans the blocks.
package main

import "fmt"

type session struct {
	id   int
	name string
}

type block struct {
	owner int
	data  [1016]byte
}

func main() {
	sessions := []session{{id: 1, name: "upload"}}
	blocks := make([]*block, 0, 1000)
	for i := range 1000 {
		b := &block{owner: 0}
		b.data[0] = byte(i)
		blocks = append(blocks, b)
	}
	fmt.Println("blocks:", len(blocks), "owner:", sessions[blocks[999].owner].name)
}
