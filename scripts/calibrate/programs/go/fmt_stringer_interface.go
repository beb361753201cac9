// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// fmt.Stringer as an interface of the program's own: a Temp (float64) and a Name (string) in a
// []fmt.Stringer are boxed when stored (8 and 16 bytes), String() is called through the interface,
// and fmt finds the same method when it prints them.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Name string

func (n Name) String() string { return "name:" + string(n) }

func describe(items []fmt.Stringer) string {
	s := ""
	for _, it := range items {
		s += it.String() + ";"
	}
	return s
}

func main() {
	items := []fmt.Stringer{Temp(21.5), Name("go")}
	fmt.Println(describe(items))
	var x any = Temp(3)
	if st, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer:", st)
	}
	fmt.Println(items[0], len(items))
}
