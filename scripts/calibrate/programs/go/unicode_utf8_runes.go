// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Strings are UTF-8 bytes: utf8.RuneCountInString counts runes without allocating,
// DecodeRuneInString reads one rune and its width, EncodeRune writes one into a byte array,
// RuneLen tells the width. The unicode package classifies and maps runes (no allocation).
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Print(string(r), w, " ")
		i += w
	}
	fmt.Println()
	var b [4]byte
	n := utf8.EncodeRune(b[:], '世')
	fmt.Println(n, b[:n], utf8.RuneLen('é'), utf8.RuneLen('a'))
	upper, letters, digits, spaces := 0, 0, 0, 0
	for _, r := range "Go 1.23 Rocks" {
		if unicode.IsUpper(r) {
			upper++
		}
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsDigit(r) {
			digits++
		}
		if unicode.IsSpace(r) {
			spaces++
		}
	}
	fmt.Println(upper, letters, digits, spaces, unicode.IsLower('x'))
	fmt.Println(string(unicode.ToUpper('ä')), string(unicode.ToLower('Q')))
}
