// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Calls through an interface: values stored in a []Shape are boxed when converted (a Rect of two
// float64s is copied to a 16-byte heap object, a *Circle is stored as is), and s.Area() finds the
// method at run time. The receiver and arguments of such a call leak, since the compiler cannot
// see the callee. Errors are interfaces too: returning a *ParseErr allocates it once per failure.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

func total(shapes []Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

type ParseErr struct {
	pos int
}

func (e *ParseErr) Error() string { return "bad input" }

func parse(s string) (int, error) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, &ParseErr{i}
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, nil
}

func main() {
	shapes := make([]Shape, 0, 64)
	for i := 0; i < 32; i++ {
		shapes = append(shapes, Rect{float64(i), 2}, &Circle{float64(i)})
	}
	fmt.Println(total(shapes))
	counts := map0{}
	for _, s := range shapes[:4] {
		counts.add(s.Name())
	}
	fmt.Println(counts.rect, counts.circle)
	sum := 0
	fails := 0
	for _, in := range []string{"12", "x1", "345", "9z", "7"} {
		n, err := parse(in)
		if err != nil {
			pe, ok := err.(*ParseErr)
			fmt.Println(err.Error(), pe.pos, ok)
			fails++
			continue
		}
		sum += n
	}
	fmt.Println(sum, fails)
	var x any = Rect{1, 1}
	if s, ok := x.(Shape); ok {
		fmt.Println("a shape:", s.Name())
	}
}

type map0 struct{ rect, circle int }

func (m *map0) add(name string) {
	switch name {
	case "rect":
		m.rect++
	case "circle":
		m.circle++
	}
}
