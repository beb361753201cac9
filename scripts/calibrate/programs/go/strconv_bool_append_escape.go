// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// ParseBool is inlined, so its &NumError{...} is an allocation of the caller: when the error is only
// compared with nil (or dropped) it stays on the stack and only the copy of the input reaches the
// heap. AppendInt leaks its dst to its result: a buffer passed through it is on the stack only if
// what is returned stays there too, and a wrapper returning it leaks its parameter the same way.
package main

import (
	"fmt"
	"strconv"
)

var global []byte

func appendTo(dst []byte, i int64) []byte {
	return strconv.AppendInt(dst, i, 10)
}

func countTrue(words []string) (n, bad int) {
	for _, w := range words {
		ok, err := strconv.ParseBool(w)
		if err != nil {
			bad++
		}
		if ok {
			n++
		}
	}
	return n, bad
}

func main() {
	words := []string{"yes", "no", "true", "1", "T", "False", "maybe-not-a-bool-at-all"}
	for i := 0; i < 3; i++ {
		n, bad := countTrue(words)
		fmt.Println(n, bad)
	}
	_, err := strconv.ParseBool("nope")
	fmt.Println(err)

	buf := make([]byte, 0, 16)
	for i := int64(0); i < 5; i++ {
		buf = appendTo(buf[:0], i*1000003)
	}
	global = strconv.AppendInt(make([]byte, 0, 4), 123456, 10)
	fmt.Println(string(buf), string(global), cap(global))
}
