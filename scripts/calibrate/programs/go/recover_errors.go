// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// recover in a deferred function stops a panic: the function returns normally, here with an error
// built from the panic value (fmt.Sprint of it). A runtime error is recovered as a runtime.Error (its Error() is the
// message the crash would print), a panic(value) gives the value back. Functions that defer or
// recover are never inlined.
package main

import "fmt"

type ParseError struct {
	Pos int
	Msg string
}

func (e *ParseError) Error() string { return fmt.Sprintf("pos %d: %s", e.Pos, e.Msg) }

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &ParseError{-1, fmt.Sprint("recovered: ", r)}
		}
	}()
	return s[i], nil
}

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			panic(&ParseError{i, "not a digit"})
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, nil
}

func main() {
	s := []int{1, 2, 3}
	for _, i := range []int{1, 5} {
		v, err := safeIndex(s, i)
		fmt.Println(v, err)
	}
	for _, in := range []string{"42", "4x2"} {
		n, err := parse(in)
		fmt.Println(n, err)
	}
	var e error = &ParseError{7, "plain"}
	fmt.Println(e)
}
