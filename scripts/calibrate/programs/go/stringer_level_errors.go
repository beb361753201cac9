// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A named int with a String method prints as its name through fmt (%v, %s and inside %+v); an error
// type returned by value is boxed into the error interface, after the validate call is inlined.
package main

import "fmt"

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	return [...]string{"DEBUG", "INFO", "WARN"}[l]
}

type Entry struct {
	Level Level
	Msg   string
}

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

func validate(e Entry) error {
	if e.Msg == "" {
		return ValidationError{"msg"}
	}
	return nil
}

func main() {
	entries := []Entry{{Info, "started"}, {Warn, ""}, {Debug, "x"}}
	for _, e := range entries {
		if err := validate(e); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%v %s %+v\n", e.Level, e.Level, e)
	}
}
