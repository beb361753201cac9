// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A failed parse costs allocations, and printing the error costs more: each *strconv.NumError
// holds a copy of the input (stringslite.Clone) and every Error() call builds its message again
// (Quote's buffer plus the concatenation). Checking err != nil is free; ParseBool, ParseFloat and
// FormatBool allocate nothing on success, and AppendInt into a reused buffer only when it grows.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-7", "x1", "", "+", "123456789012345678901", "1_000", "0x1f"}
	bad := 0
	for _, s := range inputs {
		if _, err := strconv.Atoi(s); err != nil {
			bad++
		}
	}
	fmt.Println("bad:", bad)

	_, err := strconv.Atoi("forty-two and some more text")
	for i := 0; i < 3; i++ {
		msg := err.Error()
		fmt.Println(len(msg))
	}
	fmt.Println(err)

	for _, s := range []string{"0", "1", "-129", "127", "zz", "0b101", "0o17", "0x_1F"} {
		v, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(v, err)
	}

	ok := 0
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		if err == nil {
			ok++
		} else {
			fmt.Println(err)
		}
		fmt.Print(strconv.FormatBool(b), " ")
	}
	fmt.Println(ok)

	total := 0.0
	for _, s := range []string{"1.5", "-0.25", "1e3", "2.5e-1", ".5", "inf", "abc", "1e400"} {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			fmt.Println(err)
			continue
		}
		total += f
	}
	fmt.Println(total)

	buf := make([]byte, 0, 8)
	for i := int64(1); i < 1e12; i *= 37 {
		buf = strconv.AppendInt(buf[:0], i, 10)
	}
	fmt.Println(string(buf), cap(buf))
	fmt.Println(strconv.FormatFloat(2.0/3, 'e', -1, 64), strconv.FormatFloat(2.0/3, 'g', 4, 64), strconv.FormatFloat(123456789, 'e', 3, 64))
	fmt.Println(strconv.Quote("héllo\n\x01"))
}
