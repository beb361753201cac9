// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// The bytes package mirrors strings for []byte: Equal, Contains, Index, HasPrefix and TrimSpace
// only look (TrimSpace returns a subslice); Fields and Split make one [][]byte whose elements
// share the input; Join and ToUpper allocate the result. A bytes.Buffer can also be read back:
// ReadString copies each line into a new string, ReadByte and Next do not allocate.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	a := []byte("  go is fun  ")
	b := bytes.TrimSpace(a)
	fmt.Println(string(b), bytes.Equal(b, []byte("go is fun")), bytes.Contains(a, []byte("is")), bytes.Index(a, []byte("fun")), bytes.HasPrefix(b, []byte("go")))
	words := bytes.Fields(a)
	fmt.Println(len(words), string(words[2]))
	parts := bytes.Split([]byte("x:y:z"), []byte(":"))
	fmt.Println(len(parts), string(bytes.Join(parts, []byte("-"))))
	fmt.Println(string(bytes.ToUpper(b)))

	var buf bytes.Buffer
	buf.WriteString("first line\nsecond line\nrest")
	buf.WriteRune('é')
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.Len())
	next := buf.Next(5)
	fmt.Println(string(next), buf.Len(), buf.Cap() >= buf.Len(), buf.Available() >= 0)
	buf.Truncate(3)
	fmt.Printf("%q\n", buf.String())
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)

	var sb strings.Builder
	for _, r := range "añb" {
		sb.WriteRune(r)
		sb.WriteRune('·')
	}
	fmt.Println(sb.String(), sb.Len())
}
