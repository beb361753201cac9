// The malloc header (Go 1.22+). A block is 8 + 1016 = 1024 bytes. Its owner
// field is a pointer, so the GC must know where the pointers are: objects
// with pointers over 512 bytes carry an 8-byte type header, 1024 + 8 does
// not fit the 1024-byte size class, and each block takes 1152 bytes.
// Compare with B, where the owner is an id and the block has no pointers.
package main

import "fmt"

type session struct {
	id   int
	name string
}

type block struct {
	owner *session
	data  [1016]byte
}

func main() {
	s := &session{id: 1, name: "upload"}
	blocks := make([]*block, 0, 1000)
	for i := range 1000 {
		b := &block{owner: s}
		b.data[0] = byte(i)
		blocks = append(blocks, b)
	}
	fmt.Println("blocks:", len(blocks), "owner:", blocks[999].owner.name)
}
