// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// errors.Join keeps the non-nil errors in a make'd slice beside a 24-byte joinError; its Error() is
// rebuilt at every call: []byte(first message), then one append per error, growing as append does
// (and running the program's own Error methods). errors.Is and errors.As walk the joined errors as a tree.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

var errA = errors.New("first failure")

func main() {
	var ms runtime.MemStats
	b1 := errors.New("second")
	runtime.ReadMemStats(&ms)
	m0, t0 := ms.Mallocs, ms.TotalAlloc
	e := errors.Join(errA, nil, b1)
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Mallocs-m0, ms.TotalAlloc-t0)
	runtime.ReadMemStats(&ms)
	m0, t0 = ms.Mallocs, ms.TotalAlloc
	s := e.Error()
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Mallocs-m0, ms.TotalAlloc-t0, len(s))
	e2 := errors.Join(e, &MyErr{7}, errors.New("a much longer third message that goes on and on"))
	runtime.ReadMemStats(&ms)
	m0, t0 = ms.Mallocs, ms.TotalAlloc
	s = e2.Error()
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Mallocs-m0, ms.TotalAlloc-t0, len(s))
	fmt.Println(errors.Is(e2, errA), errors.Is(e2, b1))
	var me *MyErr
	fmt.Println(errors.As(e2, &me), me.code)
	fmt.Println(e2)
	fmt.Printf("%v|%q\n", errors.Join(errA), errors.Join(nil) == nil)
}
