// bytes.Buffer growth with and without Grow. Without it the buffer starts at
// 64 bytes and roughly doubles (2*cap + n) as writes overflow it; Grow(4096)
// up front makes the 4096 bytes of writes fit in a single allocation.
package main

import (
	"bytes"
	"fmt"
)

func fill(b *bytes.Buffer) int {
	changes := 0
	prev := b.Cap()
	chunk := []byte("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
	for range 64 {
		b.Write(chunk)
		if b.Cap() != prev {
			changes++
			fmt.Println("  len", b.Len(), "cap", b.Cap())
			prev = b.Cap()
		}
	}
	return changes
}

func main() {
	var a bytes.Buffer
	fmt.Println("no Grow:")
	n := fill(&a)
	fmt.Println("cap changes:", n)

	var g bytes.Buffer
	g.Grow(4096)
	fmt.Println("Grow(4096): cap", g.Cap())
	n = fill(&g)
	fmt.Println("cap changes:", n)
	fmt.Println(a.Len() == g.Len(), len(a.Bytes()), len(g.String()))
}
