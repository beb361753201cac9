// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// strconv.Quote and strconv.FormatFloat are inlined into the caller, so the string they return is
// the caller's allocation: kept local (only its length used, or compared), a result of up to 32
// bytes lives in a stack buffer and only the working buffer (make([]byte, 0, ...)) reaches the heap;
// printed or stored, it escapes like any string. FormatInt and AppendInt are not inlined: their
// digits are always on the heap (0..99 in base 10 come from a static table).
package main

import (
	"fmt"
	"strconv"
)

var kept []string

func widths(xs []float64) int {
	n := 0
	for _, x := range xs {
		s := strconv.FormatFloat(x, 'g', -1, 64)
		n += len(s)
	}
	return n
}

func main() {
	xs := []float64{0, 1, -2.5, 3.14159, 1e-7, 6.02214076e23, 123456.789, 1.0 / 3}
	fmt.Println(widths(xs))

	same := 0
	for _, w := range []string{"plain", "tab\there", "quote\"d", "naïve", "\x00\x7f", "a much longer string that needs more than thirty-two bytes"} {
		q := strconv.Quote(w)
		if len(q) == len(w)+2 {
			same++
		}
	}
	fmt.Println(same)

	for _, x := range xs[:4] {
		kept = append(kept, strconv.FormatFloat(x, 'f', 3, 64))
	}
	fmt.Println(kept)
	fmt.Println(strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(0.000001234, 'e', 2, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))

	digits := 0
	for i := int64(-3); i < 300; i += 7 {
		digits += len(strconv.FormatInt(i, 10)) + len(strconv.FormatInt(i, 16))
	}
	fmt.Println(digits)

	var buf []byte
	for i := 0; i < 40; i++ {
		buf = strconv.AppendInt(buf, int64(i*i), 36)
		buf = append(buf, ',')
	}
	fmt.Println(len(buf), cap(buf), string(buf[:20]))
	fmt.Println(strconv.Quote("日本\u2028\U0001F600"))
}
