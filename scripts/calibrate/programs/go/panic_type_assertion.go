// A pool's Get returns `any`; asserting the wrong concrete type panics with
// "interface conversion: interface {} is *bytes.Buffer, not
// *strings.Builder" (exit status 2).
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

var pool = sync.Pool{New: func() any {
	return new(bytes.Buffer)
}}

func main() {
	b := pool.Get().(*bytes.Buffer)
	b.WriteString("ok")
	fmt.Println(b.String())
	pool.Put(b)
	sb := pool.Get().(*strings.Builder)
	fmt.Println(sb.Len())
}
