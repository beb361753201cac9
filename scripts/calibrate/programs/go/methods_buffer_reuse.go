// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Methods on a buffer type: pointer receivers (Append, Reset) work on the caller's buffer, so
// one backing array is reused across requests; a value receiver (Len) gets a copy of the header
// only. Small methods inline and add no allocation of their own.
package main

import "fmt"

type Buf struct {
	data []byte
	uses int
}

func (b *Buf) Append(s string) {
	b.data = append(b.data, s...)
}

func (b *Buf) Reset() {
	b.data = b.data[:0]
	b.uses++
}

func (b Buf) Len() int { return len(b.data) }

type Meters float64

func (m Meters) Feet() float64 { return float64(m) * 3.28084 }

func (b *Buf) render(id int) string {
	b.Reset()
	b.Append("request ")
	for i := 0; i < id%4+1; i++ {
		b.Append("part ")
	}
	return string(b.data)
}

func main() {
	var b Buf
	total := 0
	for id := 0; id < 100; id++ {
		s := b.render(id)
		total += len(s)
	}
	fmt.Println(total, b.Len(), cap(b.data), b.uses)
	p := &b
	p.Reset()
	p.Append("x")
	fmt.Println(p.Len(), Meters(10).Feet())
}
