// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// An expression tree behind an interface: Num values fit in the interface without a box only when
// small constants, *Bin nodes are pointers; a String method on a named int feeds fmt, and a type switch unboxes.
package main

import "fmt"

type Op int

const (
	Add Op = iota
	Sub
	Mul
)

func (o Op) String() string {
	switch o {
	case Add:
		return "+"
	case Sub:
		return "-"
	case Mul:
		return "*"
	}
	return "?"
}

type Expr interface{ Eval() int }
type Num int
type Bin struct {
	op   Op
	l, r Expr
}

func (n Num) Eval() int { return int(n) }
func (b *Bin) Eval() int {
	switch b.op {
	case Add:
		return b.l.Eval() + b.r.Eval()
	case Sub:
		return b.l.Eval() - b.r.Eval()
	default:
		return b.l.Eval() * b.r.Eval()
	}
}

func main() {
	e := &Bin{Mul, &Bin{Add, Num(2), Num(3)}, Num(4)}
	fmt.Println(e.Eval(), Add, Mul, Op(7))
	var x Expr = Num(5)
	switch v := x.(type) {
	case Num:
		fmt.Println("num", int(v))
	case *Bin:
		fmt.Println("bin", v.op)
	}
}
