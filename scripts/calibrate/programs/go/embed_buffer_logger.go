// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Embedding a library type: a Log embeds bytes.Buffer, so Log values have WriteString, Len and
// String (promoted from the Buffer). The Buffer lives inside the Log; its byte slice grows as usual
// (64 bytes first, then 2*cap+n).
package main

import (
	"bytes"
	"fmt"
	"strconv"
)

type Log struct {
	bytes.Buffer
	lines int
}

func (l *Log) Line(s string) {
	l.WriteString(s)
	l.WriteByte('\n')
	l.lines++
}

func main() {
	var l Log
	for i := 0; i < 20; i++ {
		l.Line("event " + strconv.Itoa(i))
	}
	fmt.Println(l.lines, l.Len(), l.Cap())
	out := l.String()
	fmt.Println(len(out), out[:8])
	l.Reset()
	l.Line("again")
	fmt.Print(l.String())
}
