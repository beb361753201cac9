// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A struct embedding an interface (itself made of two embedded interfaces): the interface's
// methods are promoted (svc.Log is svc.LogFlusher.Log, a dynamic call through the field), and the
// field can be stored in other interfaces and asserted back to its concrete type.
package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(string)
}
type Flusher interface {
	Flush() int
}
type LogFlusher interface {
	Logger
	Flusher
}

type memLog struct {
	lines []string
	prefix string
}

func (m *memLog) Log(s string) { m.lines = append(m.lines, m.prefix+s) }
func (m *memLog) Flush() int {
	n := len(m.lines)
	fmt.Println(strings.Join(m.lines, "|"))
	m.lines = m.lines[:0]
	return n
}

type Service struct {
	LogFlusher
	name string
}

func apply(fs []func(string), s string) {
	for _, f := range fs {
		f(s)
	}
}

func main() {
	m := &memLog{prefix: "> "}
	svc := Service{m, "svc"}
	svc.Log("start")
	f := func(s string) { svc.Log(s) }

	apply([]func(string){f, func(s string) { m.Log(s + "!") }}, "x")
	fmt.Println(svc.Flush())
	var l Logger = svc.LogFlusher
	if fl, ok := l.(Flusher); ok {
		l.Log("again")
		fmt.Println(fl.Flush())
	}
	_, isMem := l.(*memLog)
	fmt.Println(svc.name)
	fmt.Println(isMem)
}
