// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// fmt calls the program's String() and Error() methods: a Celsius prints through its String, a *Point
// only when printed as a pointer (a Point value does not have the pointer method), and exported
// fields print with their own methods. Each String call allocates the string it returns.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Temps struct {
	Low, High Celsius
	note      Celsius
}

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("error ", e.code) }

func main() {
	c := Celsius(21.5)
	fmt.Println(c)
	fmt.Printf("%v %s %.2f\n", c, c, float64(c))
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%+v\n", Temps{1, 2, 3})
	var err error = E{7}
	fmt.Println(err)
	fmt.Printf("%q\n", c)
}
