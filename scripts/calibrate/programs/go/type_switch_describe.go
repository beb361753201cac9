// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A type switch looks at the dynamic type in an interface: boxing the values into []any allocates
// for the ones that are not pointer-shaped or small (the Big struct, the strings' headers), and a
// clause's v is the unboxed value. Only the strings built for the results allocate inside describe.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Big struct{ a, b, c, d int }

func (q Sq) Area() float64 { return q.s * q.s }

type MyErr struct{}

func (MyErr) Error() string { return "my" }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", v)
	case string:
		return "string of " + fmt.Sprint(len(v))
	case Shape:
		return fmt.Sprint("shape ", v.Area())
	case error:
		return "error " + v.Error()
	case Big:
		return fmt.Sprint("big ", v.a+v.d)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	vals := []any{nil, 3, int64(4), "hey", Sq{2}, MyErr{}, Big{1, 2, 3, 4}, 2.5, []int{1}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var e error = MyErr{}
	switch e.(type) {
	case MyErr:
		fmt.Println("is MyErr")
	}
}
