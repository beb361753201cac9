// A buffer type with methods, used through an interface. Reset keeps the backing array, so after
// the first few requests the buffer stops growing and rendering allocates only the strings it
// returns. The *Buf is created once; passing it as a Writer does not copy it.
package main

import "fmt"

type Writer interface {
	Write(p []byte) (int, error)
}

type Buf struct {
	data []byte
}

func (b *Buf) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}

func (b *Buf) Reset()         { b.data = b.data[:0] }
func (b *Buf) String() string { return string(b.data) }

func render(w Writer, id int) {
	w.Write([]byte("request "))
	for i := 0; i < id%8+1; i++ {
		w.Write([]byte("field,"))
	}
}

func main() {
	b := &Buf{}
	total := 0
	for id := 0; id < 500; id++ {
		b.Reset()
		render(b, id)
		total += len(b.String())
	}
	fmt.Println("rendered", total, "bytes; buffer capacity", cap(b.data))
}
