// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// The program's own error types work with errors.As and errors.Is: As finds the first error in
// the chain assignable to the target (here a *ParseErr, or any value with a Temporary method
// through an interface target) and stores it; Is also asks an error's own Is method. Returning
// &ParseErr{...} as an error allocates the struct.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseErr struct {
	Line int
	Msg  string
}

func (e *ParseErr) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

type Timeout struct{ Op string }

func (t Timeout) Error() string   { return t.Op + " timed out" }
func (t Timeout) Temporary() bool { return true }
func (t Timeout) Is(target error) bool {
	return target == ErrTemporary
}

var ErrTemporary = errors.New("temporary")

type temporary interface {
	Temporary() bool
}

func parse(line int, s string) error {
	if s == "" {
		return &ParseErr{Line: line, Msg: "empty"}
	}
	if s == "slow" {
		return fmt.Errorf("parse line %d: %w", line, Timeout{"read"})
	}
	return nil
}

func main() {
	err := fmt.Errorf("config: %w", parse(7, ""))
	var pe *ParseErr
	if errors.As(err, &pe) {
		fmt.Println("parse error at", pe.Line, pe.Msg)
	}
	fmt.Println(err)
	err = parse(3, "slow")
	var t temporary
	fmt.Println(errors.As(err, &t), t != nil && t.Temporary())
	fmt.Println(errors.Is(err, ErrTemporary), errors.As(err, &pe))
	var to Timeout
	if errors.As(err, &to) {
		fmt.Println("timeout in", to.Op)
	}
	fmt.Println(parse(1, "ok") == nil)
}
