import { describe, expect, it } from 'vitest';
import { runGoDetailed } from '@/lib/go/interp/run';

// Realistic learner programs that diverged from `go run` (go1.23.5) before being fixed (a few, like
// valid_multiline, guard those fixes against false positives). Every `real` value below was
// recorded from the real toolchain, not from the engine:
//  * stdout / exitCode: the binary's output (GOMAXPROCS=1); stderr: `go build`'s output for programs
//    that do not compile;
//  * mallocs / totalAlloc: the MemStats deltas over main, measured like the calibration harness
//    (scripts/calibrate/programs/harness/harness.go: main renamed to userMain), cold, median of 3;
//  * escape: the allocation decisions of `go build -gcflags=-m` (line:col: message);
//  * stderrFirstLine / frames: a panic's first line and the main.* function names of its traceback.

interface Real {
  stdout?: string;
  exitCode?: number;
  stderr?: string;
  mallocs?: number;
  totalAlloc?: number;
  escape?: string[];
  /** Panics: the first stderr line and the program's frames (function names) of the traceback. */
  stderrFirstLine?: string;
  frames?: string[];
}

const cases: { name: string; src: string; real: Real }[] = [
  {
    name: "fmt_field_names",
    src: String.raw`package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	Home *Point
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v\n", p, p, p) // field names: reflect's Type.Field(i) allocates
	per := Person{Name: "Ann", Age: 30}
	fmt.Printf("%+v\n", per)
}
`,
    real: {
      "stdout": "{1 2} {X:1 Y:2} main.Point{X:1, Y:2}\n{Name:Ann Age:30 Home:<nil>}\n",
      "exitCode": 0,
      "mallocs": 18,
      "totalAlloc": 600,
      "escape": [
        "17:12: ... argument does not escape",
        "17:29: p escapes to heap",
        "17:32: p escapes to heap",
        "17:35: p escapes to heap",
        "19:12: ... argument does not escape",
        "19:22: per escapes to heap"
      ]
    },
  },
  {
    name: "buffer_string",
    src: String.raw`package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := bytes.NewBufferString("abc") // never written: a zero-copy view of the string
	fmt.Println(a.Len(), a.Cap(), a.String())
	b := bytes.NewBufferString("abc") // written: a 32-byte stack buffer
	b.WriteString("defgh")
	fmt.Println(b.Len(), b.Cap(), b.String())
	c := bytes.NewBufferString("this string is longer than thirty-two bytes")
	c.WriteString("!")
	fmt.Println(c.Len(), c.Cap())
}
`,
    real: {
      "stdout": "3 3 abc\n8 32 abcdefgh\n44 48\n",
      "exitCode": 0,
      "mallocs": 10,
      "totalAlloc": 472,
      "escape": [
        "9:28: &bytes.Buffer{...} does not escape",
        "9:28: ([]byte)(bytes.s) does not escape",
        "9:28: zero-copy string->[]byte conversion",
        "10:13: ... argument does not escape",
        "10:19: ~r0 escapes to heap",
        "10:28: ~r0 escapes to heap",
        "10:40: ~r0 escapes to heap",
        "10:40: string(bytes.b.buf[bytes.b.off:]) escapes to heap",
        "11:28: &bytes.Buffer{...} does not escape",
        "11:28: ([]byte)(bytes.s) does not escape",
        "13:13: ... argument does not escape",
        "13:19: ~r0 escapes to heap",
        "13:28: ~r0 escapes to heap",
        "13:40: ~r0 escapes to heap",
        "13:40: string(bytes.b.buf[bytes.b.off:]) escapes to heap",
        "14:28: &bytes.Buffer{...} does not escape",
        "14:28: ([]byte)(bytes.s) does not escape",
        "16:13: ... argument does not escape",
        "16:19: ~r0 escapes to heap",
        "16:28: ~r0 escapes to heap"
      ]
    },
  },
  {
    name: "print_bytes",
    src: String.raw`package main

import "fmt"

func main() {
	s := "hello"
	fmt.Println([]byte(s)) // printArg's []byte case: no reflection, no per-element copies
	fmt.Printf("%v %d %#v %s %x\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
	var nb []byte
	fmt.Printf("%#v %v|\n", nb, nb)
}
`,
    real: {
      "stdout": "[104 101 108 108 111]\n[104 105] [104 105] []byte{0x68, 0x69} hi 6869\n[]byte(nil) []|\n",
      "exitCode": 0,
      "mallocs": 19,
      "totalAlloc": 632,
      "escape": [
        "7:13: ... argument does not escape",
        "7:20: ([]byte)(s) escapes to heap",
        "7:21: ([]byte)(s) escapes to heap",
        "8:12: ... argument does not escape",
        "8:40: ([]byte)(\"hi\") escapes to heap",
        "8:41: ([]byte)(\"hi\") escapes to heap",
        "8:54: ([]byte)(\"hi\") escapes to heap",
        "8:55: ([]byte)(\"hi\") escapes to heap",
        "8:68: ([]byte)(\"hi\") escapes to heap",
        "8:69: ([]byte)(\"hi\") escapes to heap",
        "8:82: ([]byte)(\"hi\") escapes to heap",
        "8:83: ([]byte)(\"hi\") escapes to heap",
        "8:96: ([]byte)(\"hi\") escapes to heap",
        "8:97: ([]byte)(\"hi\") escapes to heap",
        "10:12: ... argument does not escape",
        "10:26: nb escapes to heap",
        "10:30: nb escapes to heap"
      ]
    },
  },
  {
    name: "float_g",
    src: String.raw`package main

import "fmt"

func main() {
	x := 1.0 / 3
	fmt.Printf("%.6g %g %.3g %.10g %G\n", x, x, x, x, 1e21)
	fmt.Printf("%.2g %.1g %g %g %g\n", 123456.0, 0.00001234, 100000.0, 1000000.0, 1e-5)
	fmt.Printf("%.6g %.6g %.6g\n", 12345.678, 0.000012, 1e9)
	fmt.Println(x, 2.0, 1e6, 1e21, 1e20, 0.0001, 0.00001, float32(0.1))
	fmt.Printf("%v %.2f %8.3e %+.1f\n", 3.0, 2.675, 123456.789, -0.05)
}
`,
    real: {
      "stdout": "0.333333 0.3333333333333333 0.333 0.3333333333 1E+21\n1.2e+05 1e-05 100000 1e+06 1e-05\n12345.7 1.2e-05 1e+09\n0.3333333333333333 2 1e+06 1e+21 1e+20 0.0001 1e-05 0.1\n3 2.67 1.235e+05 -0.1\n",
      "exitCode": 0,
      "mallocs": 12,
      "totalAlloc": 504,
      "escape": [
        "7:12: ... argument does not escape",
        "7:40: x escapes to heap",
        "7:43: x escapes to heap",
        "7:46: x escapes to heap",
        "7:49: x escapes to heap",
        "7:52: 1e+21 escapes to heap",
        "8:12: ... argument does not escape",
        "8:37: 123456 escapes to heap",
        "8:47: 1.234e-05 escapes to heap",
        "8:59: 100000 escapes to heap",
        "8:69: 1e+06 escapes to heap",
        "8:80: 1e-05 escapes to heap",
        "9:12: ... argument does not escape",
        "9:33: 12345.7 escapes to heap",
        "9:44: 1.2e-05 escapes to heap",
        "9:54: 1e+09 escapes to heap",
        "10:13: ... argument does not escape",
        "10:14: x escapes to heap",
        "10:17: 2 escapes to heap",
        "10:22: 1e+06 escapes to heap",
        "10:27: 1e+21 escapes to heap",
        "10:33: 1e+20 escapes to heap",
        "10:39: 0.0001 escapes to heap",
        "10:47: 1e-05 escapes to heap",
        "10:63: float32(0.1) escapes to heap",
        "11:12: ... argument does not escape",
        "11:38: 3 escapes to heap",
        "11:43: 2.675 escapes to heap",
        "11:50: 123456.789 escapes to heap",
        "11:62: -0.05 escapes to heap"
      ]
    },
  },
  {
    name: "const_string_bytes",
    src: String.raw`package main

import (
	"fmt"
)

func main() {
	b := []byte("hello")
	fmt.Println(len(b), cap(b))
	b = append(b, " world"...)
	fmt.Println(len(b), cap(b))
	s := "hello"
	c := []byte(s)
	fmt.Println(len(c), cap(c))
	c = append(c, " world"...)
	fmt.Println(len(c), cap(c), string(c), string(b))
	e := []byte("")
	fmt.Println(len(e), cap(e))
}
`,
    real: {
      "stdout": "5 5\n11 16\n5 32\n11 32 hello world hello world\n0 0\n",
      "exitCode": 0,
      "mallocs": 11,
      "totalAlloc": 512,
      "escape": [
        "8:14: ([]byte)(\"hello\") does not escape",
        "9:13: ... argument does not escape",
        "9:17: len(b) escapes to heap",
        "9:25: cap(b) escapes to heap",
        "11:13: ... argument does not escape",
        "11:17: len(b) escapes to heap",
        "11:25: cap(b) escapes to heap",
        "13:14: ([]byte)(s) does not escape",
        "14:13: ... argument does not escape",
        "14:17: len(c) escapes to heap",
        "14:25: cap(c) escapes to heap",
        "16:13: ... argument does not escape",
        "16:17: len(c) escapes to heap",
        "16:25: cap(c) escapes to heap",
        "16:36: string(c) escapes to heap",
        "16:37: string(c) escapes to heap",
        "16:47: string(b) escapes to heap",
        "16:48: string(b) escapes to heap",
        "17:14: ([]byte)(\"\") does not escape",
        "17:14: zero-copy string->[]byte conversion",
        "18:13: ... argument does not escape",
        "18:17: len(e) escapes to heap",
        "18:25: cap(e) escapes to heap"
      ]
    },
  },
  {
    name: "escape_text",
    src: String.raw`package main

import "fmt"

const k = 3

type P struct{ X int }

func sum(label string, nums ...int) int {
	return len(label) + len(nums)
}

func main() {
	fmt.Println(k, 'A', 1e9, 1.0/3, 123456.789, byte(65), rune(66), int64(7))
	fmt.Println(P{1}, &P{2}, []string{"a"}, [2]int{1, 2})
	fmt.Println("a very long string constant that is more than seventy two characters long, yes")
	b := []byte{65, 66}
	n := 300
	fmt.Println(string(b), int64(n), float64(n))
	fmt.Println(fmt.Sprintf("%d", n), sum("x"), sum("y", 1, 2))
}
`,
    real: {
      "stdout": "3 65 1e+09 0.3333333333333333 123456.789 65 66 7\n{1} &{2} [a] [1 2]\na very long string constant that is more than seventy two characters long, yes\nAB 300 300\n300 1 3\n",
      "exitCode": 0,
      "mallocs": 22,
      "totalAlloc": 768,
      "escape": [
        "9:10: label does not escape",
        "9:24: nums does not escape",
        "14:13: ... argument does not escape",
        "14:14: 3 escapes to heap",
        "14:17: 'A' escapes to heap",
        "14:22: 1e+09 escapes to heap",
        "14:30: 0.333333 escapes to heap",
        "14:34: 123456.789 escapes to heap",
        "14:50: byte(65) escapes to heap",
        "14:60: 'B' escapes to heap",
        "14:71: int64(7) escapes to heap",
        "15:13: ... argument does not escape",
        "15:15: P{...} escapes to heap",
        "15:20: &P{...} escapes to heap",
        "15:35: []string{...} escapes to heap",
        "15:48: [2]int{...} escapes to heap",
        "16:13: ... argument does not escape",
        "16:14: \"a very long string constant that is more than seventy two characters... escapes to heap",
        "17:13: []byte{...} does not escape",
        "19:13: ... argument does not escape",
        "19:20: string(b) escapes to heap",
        "19:21: string(b) escapes to heap",
        "19:30: int64(n) escapes to heap",
        "19:42: float64(n) escapes to heap",
        "20:13: ... argument does not escape",
        "20:25: fmt.Sprintf(\"%d\", ... argument...) escapes to heap",
        "20:25: ... argument does not escape",
        "20:32: n escapes to heap",
        "20:39: ~r0 escapes to heap",
        "20:49: ~r0 escapes to heap",
        "20:49: ... argument does not escape"
      ]
    },
  },
  {
    name: "arg_count_errors",
    src: String.raw`package main

import "fmt"

func f(a int, b string) int { return a }

func main() {
	_ = f()
	_ = f(1)
	a := []int{1}
	b := 2
	_ = len(a, b)
	_ = copy(a)
	d := 1
	_ = new(int, d)
	_ = append()
	fmt.Printline("x")
}
`,
    real: {
      "stderr": "# command-line-arguments\n./prog.go:8:6: not enough arguments in call to f\n\thave ()\n\twant (int, string)\n./prog.go:9:8: not enough arguments in call to f\n\thave (number)\n\twant (int, string)\n./prog.go:12:6: invalid operation: too many arguments for len(a, b) (expected 1, found 2)\n./prog.go:13:6: invalid operation: not enough arguments for copy(a) (expected 2, found 1)\n./prog.go:14:2: declared and not used: d\n./prog.go:15:6: invalid operation: too many arguments for new(int, d) (expected 1, found 2)\n./prog.go:16:6: invalid operation: not enough arguments for append() (expected 1, found 0)\n./prog.go:17:6: undefined: fmt.Printline\n"
    },
  },
  {
    name: "inline_budget",
    src: String.raw`package main

import "fmt"

type Stats struct {
	Sum, Min, Max, Count int
}

// newStats is just over the inliner's budget (cost 81): not inlined, so its &Stats{} escapes.
func newStats(vals []int) *Stats {
	s := &Stats{Min: vals[0], Max: vals[0]}
	for _, v := range vals {
		s.Sum += v
		s.Count++
		if v < s.Min {
			s.Min = v
		}
		if v > s.Max {
			s.Max = v
		}
	}
	var scale int = 2
	s.Sum *= scale
	s.Sum /= scale
	s.Count *= 1
	s.Count += 0
	s.Sum -= 0
	s.Min += 0
	s.Max++
	return s
}

func main() {
	vals := []int{5, 3, 9, 1}
	total := 0
	for i := 0; i < 10; i++ {
		s := newStats(vals)
		total += s.Sum + s.Min + s.Max + s.Count
	}
	fmt.Println(total)
}
`,
    real: {
      "stdout": "330\n",
      "exitCode": 0,
      "mallocs": 15,
      "totalAlloc": 680,
      "escape": [
        "10:15: vals does not escape",
        "11:7: &Stats{...} escapes to heap",
        "34:15: []int{...} does not escape",
        "40:13: ... argument does not escape",
        "40:14: total escapes to heap"
      ]
    },
  },
  {
    name: "range_loops",
    src: String.raw`package main

import "fmt"

// Small helpers the compiler inlines (or not) by cost; for-range loops count 2 nodes per declared variable.
func sum(nums []int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func count(nums []int) int {
	c := 0
	for range nums {
		c++
	}
	return c
}

func main() {
	nums := []int{1, 2, 3}
	fmt.Println(sum(nums), count(nums))
}
`,
    real: {
      "stdout": "6 3\n",
      "exitCode": 0,
      "mallocs": 4,
      "totalAlloc": 360,
      "escape": [
        "6:10: nums does not escape",
        "14:12: nums does not escape",
        "23:15: []int{...} does not escape",
        "24:13: ... argument does not escape",
        "24:17: ~r0 escapes to heap",
        "24:30: ~r0 escapes to heap"
      ]
    },
  },
  {
    name: "box_convt",
    src: String.raw`package main

import "fmt"

type ID struct{ N int }
type Small struct{ A int32 }
type Pair struct{ A, B int32 }
type Name struct{ S string }
type Celsius float64

func main() {
	n, big := 5, 300
	// convT64/convT32 use a static table when the value's bits are below 256: no allocation.
	fmt.Println(ID{n}, ID{big}, Small{int32(n)}, Small{int32(big)})
	fmt.Println(Pair{int32(n), 0}, [1]float64{0}, Celsius(0), Celsius(n))
	fmt.Println(Name{""}, Name{"x" + fmt.Sprint(n)}, -n, uint16(big), [1]int{n})
}
`,
    real: {
      "stdout": "{5} {300} {5} {300}\n{5 0} [0] 0 5\n{} {x5} -5 300 [5]\n",
      "exitCode": 0,
      "mallocs": 14,
      "totalAlloc": 472,
      "escape": [
        "14:13: ... argument does not escape",
        "14:16: ID{...} escapes to heap",
        "14:23: ID{...} escapes to heap",
        "14:35: Small{...} escapes to heap",
        "14:52: Small{...} escapes to heap",
        "15:13: ... argument does not escape",
        "15:18: Pair{...} escapes to heap",
        "15:43: [1]float64{...} escapes to heap",
        "15:55: Celsius(0) escapes to heap",
        "15:67: Celsius(n) escapes to heap",
        "16:13: ... argument does not escape",
        "16:18: Name{...} escapes to heap",
        "16:28: Name{...} escapes to heap",
        "16:33: \"x\" + fmt.Sprint(... argument...) escapes to heap",
        "16:45: ... argument does not escape",
        "16:46: n escapes to heap",
        "16:51: -n escapes to heap",
        "16:61: uint16(big) escapes to heap",
        "16:74: [1]int{...} escapes to heap"
      ]
    },
  },

  {
    name: "plus_assign",
    src: String.raw`package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 7
	s := "ab"
	s += strconv.Itoa(n * 100) // walk's s = s + t: a new concatenation, always on the heap
	t := "cd"
	t += t + strconv.Itoa(n*100) + "x" // one concatenation of four operands
	out := ""
	for i := 0; i < 3; i++ {
		out += strconv.Itoa(i*100) + ";" // out escapes (loop), so does the right operand
	}
	fmt.Println(len(s), len(t), out)
}
`,
    real: {
      "stdout": "5 8 0;100;200;\n",
      "exitCode": 0,
      "mallocs": 15,
      "totalAlloc": 456,
      "escape": [
        "13:31: t + ~r0 + \"x\" does not escape",
        "16:30: ~r0 + \";\" escapes to heap",
        "18:13: ... argument does not escape",
        "18:17: len(s) escapes to heap",
        "18:25: len(t) escapes to heap",
        "18:30: out escapes to heap"
      ]
    },
  },
  {
    name: "shift_text",
    src: String.raw`package main

import "fmt"

func main() {
	a := 0b1010
	var u uint = 1
	fmt.Println(a<<2, a>>1, u<<63, a&^3)
}
`,
    real: {
      "stdout": "40 5 9223372036854775808 8\n",
      "exitCode": 0,
      "mallocs": 7,
      "totalAlloc": 432,
      "escape": [
        "8:13: ... argument does not escape",
        "8:15: a << uint(2) escapes to heap",
        "8:21: a >> uint(1) escapes to heap",
        "8:27: u << uint(63) escapes to heap",
        "8:34: a &^ 3 escapes to heap"
      ]
    },
  },
  {
    name: "recursive_not_inlined",
    src: String.raw`package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

// chain calls itself: the compiler never inlines it ("cannot inline chain: recursive"), so the
// &Node{} it returns always escapes.
func chain(n int) *Node {
	if n == 0 {
		return nil
	}
	return &Node{Val: n, Next: chain(n - 1)}
}

func main() {
	total := 0
	for i := 0; i < 100; i++ {
		total += chain(1).Val
	}
	fmt.Println(total)
}
`,
    real: {
      "stdout": "100\n",
      "exitCode": 0,
      "mallocs": 104,
      "totalAlloc": 1960,
      "escape": [
        "16:9: &Node{...} escapes to heap",
        "24:13: ... argument does not escape",
        "24:14: total escapes to heap"
      ]
    },
  },
  {
    name: "newline_in_literal",
    src: String.raw`package main

import "fmt"

func main() {
	nums := []int{1, 2, 3
	}
	fmt.Println(nums)
}
`,
    real: {
      "stderr": "# command-line-arguments\n./prog.go:6:23: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"
    },
  },
  {
    name: "brace_next_line",
    src: String.raw`package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ 
	{
		fmt.Println(i)
	}
}
`,
    real: {
      "stderr": "# command-line-arguments\n./prog.go:6:25: syntax error: unexpected newline, expected { after for clause\n"
    },
  },
  {
    name: "func_brace_next_line",
    src: String.raw`package main

import "fmt"

func add(a int,
	b int) int {
	return a + b
}

func main()
{
	fmt.Println(add(1,
		2
	))
	x := 3
	if x > 2
	{
		fmt.Println("x")
	}
	p := struct{ A, B int }{
		A: 1,
		B: 2
	}
	fmt.Println(p)
}
`,
    real: {
      "stderr": "# command-line-arguments\n./prog.go:11:1: syntax error: unexpected semicolon or newline before {\n"
    },
  },
  {
    name: "newline_errors",
    src: String.raw`package main

import "fmt"

func add(a int, b int) int {
	return a + b
}

func main() {
	fmt.Println(add(1,
		2
	))
	x := 3
	if x > 2
	{
		fmt.Println("x")
	}
	p := []int{
		1,
		2
	}
	fmt.Println(p)
}
`,
    real: {
      "stderr": "# command-line-arguments\n./prog.go:11:4: syntax error: unexpected newline in argument list; possibly missing comma or )\n./prog.go:14:10: syntax error: unexpected newline, expected { after if clause\n./prog.go:20:4: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"
    },
  },
  {
    name: "float_rounding",
    src: String.raw`package main

import "fmt"

func main() {
	for _, x := range []float64{0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375, 2.675, 1e22, 0.05, 12.5, 0.25} {
		fmt.Printf("%.0f %.1f %.2f %.0e %.1e %.1g %.2g %g\n", x, x, x, x, x, x, x, x)
	}
	fmt.Printf("%.3f %.2f %6.1f|\n", 1.0005, 1.005, 99.95)
	var f32 float32 = 2.5
	fmt.Printf("%.0f %v\n", f32, f32)
}
`,
    real: {
      "stdout": "0 0.5 0.50 5e-01 5.0e-01 0.5 0.5 0.5\n2 1.5 1.50 2e+00 1.5e+00 2 1.5 1.5\n2 2.5 2.50 2e+00 2.5e+00 2 2.5 2.5\n4 3.5 3.50 4e+00 3.5e+00 4 3.5 3.5\n-2 -2.5 -2.50 -2e+00 -2.5e+00 -2 -2.5 -2.5\n0 0.1 0.12 1e-01 1.2e-01 0.1 0.12 0.125\n0 0.4 0.38 4e-01 3.8e-01 0.4 0.38 0.375\n3 2.7 2.67 3e+00 2.7e+00 3 2.7 2.675\n10000000000000000000000 10000000000000000000000.0 10000000000000000000000.00 1e+22 1.0e+22 1e+22 1e+22 1e+22\n0 0.1 0.05 5e-02 5.0e-02 0.05 0.05 0.05\n12 12.5 12.50 1e+01 1.2e+01 1e+01 12 12.5\n0 0.2 0.25 2e-01 2.5e-01 0.2 0.25 0.25\n1.000 1.00  100.0|\n2 2.5\n",
      "exitCode": 0,
      "mallocs": 106,
      "totalAlloc": 1368,
      "escape": [
        "6:29: []float64{...} does not escape",
        "7:13: ... argument does not escape",
        "7:57: x escapes to heap",
        "7:60: x escapes to heap",
        "7:63: x escapes to heap",
        "7:66: x escapes to heap",
        "7:69: x escapes to heap",
        "7:72: x escapes to heap",
        "7:75: x escapes to heap",
        "7:78: x escapes to heap",
        "9:12: ... argument does not escape",
        "9:35: 1.0005 escapes to heap",
        "9:43: 1.005 escapes to heap",
        "9:50: 99.95 escapes to heap",
        "11:12: ... argument does not escape",
        "11:26: f32 escapes to heap",
        "11:31: f32 escapes to heap"
      ]
    },
  },
  {
    name: "quote_verbs",
    src: String.raw`package main

import "fmt"

func main() {
	fmt.Printf("%q %q %+q %#q %#q\n", 'x', "tab\there", "é😀", "raw", "a\nb")
	fmt.Printf("%.3q %+q %q %#U %U %#U\n", "héllo", 'é', '\n', 'A', 0x1F600, '\t')
	fmt.Printf("%8q|%-8q|%08U\n", "ab", 'z', 'B')
	fmt.Printf("%#v %#v\n", "quote\"d", []string{"é"})
	fmt.Printf("%x % X %#x\n", "hi", "hi", "hi")
}
`,
    real: {
      "stdout": "'x' \"tab\\there\" \"\\u00e9\\U0001f600\" `raw` \"a\\nb\"\n\"hél\" '\\u00e9' '\\n' U+0041 'A' U+1F600 U+0009\n    \"ab\"|'z'     |  U+0042\n\"quote\\\"d\" []string{\"é\"}\n6869 68 69 0x6869\n",
      "exitCode": 0,
      "mallocs": 9,
      "totalAlloc": 480,
      "escape": [
        "6:12: ... argument does not escape",
        "6:36: 'x' escapes to heap",
        "6:41: \"tab\\there\" escapes to heap",
        "6:54: \"é😀\" escapes to heap",
        "6:64: \"raw\" escapes to heap",
        "6:71: \"a\\nb\" escapes to heap",
        "7:12: ... argument does not escape",
        "7:41: \"héllo\" escapes to heap",
        "7:51: 'é' escapes to heap",
        "7:57: '\\n' escapes to heap",
        "7:63: 'A' escapes to heap",
        "7:68: 128512 escapes to heap",
        "7:77: '\\t' escapes to heap",
        "8:12: ... argument does not escape",
        "8:32: \"ab\" escapes to heap",
        "8:38: 'z' escapes to heap",
        "8:43: 'B' escapes to heap",
        "9:12: ... argument does not escape",
        "9:26: \"quote\\\"d\" escapes to heap",
        "9:46: []string{...} escapes to heap",
        "10:12: ... argument does not escape",
        "10:29: \"hi\" escapes to heap",
        "10:35: \"hi\" escapes to heap",
        "10:41: \"hi\" escapes to heap"
      ]
    },
  },
  {
    name: "self_assign",
    src: String.raw`package main

import "fmt"

type Stack struct {
	items []int
}

func push(s *Stack, v int) {
	s.items = append(s.items, v)
}

func pop(s *Stack) int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	s := &Stack{}
	push(s, 1)
	push(s, 2)
	fmt.Println(pop(s), pop(s))
	fmt.Println(pop(s))
}
`,
    real: {
      "stdout": "2 1\n",
      "exitCode": 2,
      "mallocs": 7,
      "totalAlloc": 400,
      "escape": [
        "13:10: s does not escape",
        "20:7: &Stack{} does not escape",
        "23:13: ... argument does not escape",
        "23:17: ~r0 escapes to heap",
        "23:25: ~r0 escapes to heap",
        "24:13: ... argument does not escape",
        "24:17: ~r0 escapes to heap"
      ]
    },
  },
  {
    name: "cannot_assign",
    src: String.raw`package main

import "fmt"

func add(a int, b int) int {
	return a + b
}

func main() {
	result := add(1, "2")
	fmt.Println(result)
	var f float64 = 1.5
	n := 2
	fmt.Println(f * n)
	total := 0
	for i := range 10 {
		total += i
	}
	fmt.Println(total + 0.5)
	const c = 10
	c = 20
}
`,
    real: {
      "stderr": "# command-line-arguments\n./prog.go:10:19: cannot use \"2\" (untyped string constant) as int value in argument to add\n./prog.go:14:14: invalid operation: f * n (mismatched types float64 and int)\n./prog.go:19:22: 0.5 (untyped float constant) truncated to int\n./prog.go:21:2: cannot assign to c (neither addressable nor a map index expression)\n"
    },
  },
  {
    name: "valid_multiline",
    src: String.raw`package main

import (
	"fmt" // printing
)

type Point struct {
	X, Y int
}

func add(a int,
	b int,
) int {
	return a + b
}

func main() {
	pts := []Point{
		{1, 2},
		{X: 3,
			Y: 4},
	}
	total := add(
		pts[0].X,
		pts[1].Y,
	)
	f := func(x int) int {
		return x +
			1
	}
	for i := 0; i < 2; i++ {
		total += f(i)
	}
	fmt.Println(total, pts,
		len(pts))
}
`,
    real: {
      "stdout": "8 [{1 2} {3 4}] 2\n",
      "exitCode": 0,
      "mallocs": 14,
      "totalAlloc": 528,
      "escape": [
        "18:16: []Point{...} escapes to heap",
        "27:7: func literal does not escape",
        "34:13: ... argument does not escape",
        "34:14: total escapes to heap",
        "34:21: pts escapes to heap",
        "35:6: len(pts) escapes to heap"
      ]
    },
  },
  {
    name: "runes",
    src: String.raw`package main

import "fmt"

func reverse(s string) string {
	r := []rune(s) // does not escape: a [32]rune stack buffer
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r) // escapes: slicerunetostring allocates len+3 bytes
}

func main() {
	words := []string{"level", "héllo", "a much longer sentence with more than thirty-two runes"}
	n := 0
	for _, w := range words {
		n += len(reverse(w))
	}
	r := []rune("héllo")
	fmt.Println(n, len(r), cap(r), string(rune(65)), string(rune(0x4e16)))
}
`,
    real: {
      "stdout": "65 5 5 A 世\n",
      "exitCode": 0,
      "mallocs": 7,
      "totalAlloc": 664,
      "escape": [
        "5:14: s does not escape",
        "6:14: ([]rune)(s) does not escape",
        "10:16: string(r) escapes to heap",
        "14:19: []string{...} does not escape",
        "17:19: ([]rune)(s) does not escape",
        "17:19: string(r) does not escape",
        "19:14: []rune{...} does not escape",
        "20:13: ... argument does not escape",
        "20:14: n escapes to heap",
        "20:20: len(r) escapes to heap",
        "20:28: cap(r) escapes to heap",
        "20:39: \"A\" escapes to heap",
        "20:57: \"世\" escapes to heap"
      ]
    },
  },
  {
    name: "closure_capture",
    src: String.raw`package main

import "fmt"

var keep []func() string

func main() {
	// Go 1.22: each iteration has its own i, never assigned in the body: captured by value.
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i * i })
	}
	sum := 0
	for _, f := range fns {
		sum += f()
	}
	// A string captured by value: the closure object holds the 16-byte header.
	name := "gopher"
	keep = append(keep, func() string { return name })
	// Assigned after capture: captured by reference (moved to heap).
	count := 0
	inc := func() { count++ }
	inc()
	inc()
	fmt.Println(sum, keep[0](), count)
}
`,
    real: {
      "stdout": "5 gopher 2\n",
      "exitCode": 0,
      "mallocs": 14,
      "totalAlloc": 528,
      "escape": [
        "11:21: func literal escapes to heap",
        "19:22: func literal escapes to heap",
        "22:9: func literal does not escape",
        "25:13: ... argument does not escape",
        "25:14: sum escapes to heap",
        "25:26: keep[0]() escapes to heap",
        "25:30: count escapes to heap"
      ]
    },
  },
  {
    name: "const_messages",
    src: String.raw`package main

import "fmt"

func main() {
	var s string = 'a'
	var n int = "x"
	var f int = 2.5
	var g int = 1e9 + 0.5
	var b bool = 1
	const big = 1 << 40
	var i32 int32 = big
	var h string = -1
	fmt.Println(s, n, f, g, b, i32, h)
}
`,
    real: {
      "stderr": "# command-line-arguments\n./prog.go:6:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration\n./prog.go:7:14: cannot use \"x\" (untyped string constant) as int value in variable declaration\n./prog.go:8:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)\n./prog.go:9:14: cannot use 1e9 + 0.5 (untyped float constant 1.0000000005e+09) as int value in variable declaration (truncated)\n./prog.go:10:15: cannot use 1 (untyped int constant) as bool value in variable declaration\n./prog.go:12:18: cannot use big (untyped int constant 1099511627776) as int32 value in variable declaration (overflows)\n./prog.go:13:17: cannot use -1 (untyped int constant) as string value in variable declaration\n"
    },
  },
  {
    name: "assign_mismatch",
    src: String.raw`package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	a := two()
	fmt.Println(two())
	var p *int = 5
	b, c := 1
	fmt.Println(a, p, b, c)
	if x := 3; x {
	}
	return
	fmt.Println("unreachable")
}
`,
    real: {
      "stderr": "# command-line-arguments\n./prog.go:8:7: assignment mismatch: 1 variable but two returns 2 values\n./prog.go:10:15: cannot use 5 (untyped int constant) as *int value in variable declaration\n./prog.go:11:10: assignment mismatch: 2 variables but 1 value\n./prog.go:13:13: non-boolean condition in if statement\n"
    },
  },
  {
    name: "loopvar",
    src: String.raw`package main

import "fmt"

func main() {
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	s := []string{"a", "b"}
	for i, v := range s {
		s = append(s, v+"!")
		_ = i
	}
	fmt.Println(s)
}
`,
    real: {
      "stdout": "0 1 4 \n0 1 2\n[a b a! b!]\n",
      "exitCode": 0,
      "mallocs": 26,
      "totalAlloc": 752,
      "escape": [
        "15:6: moved to heap: i",
        "8:21: func literal escapes to heap",
        "11:12: ... argument does not escape",
        "11:14: f() escapes to heap",
        "11:18: \" \" escapes to heap",
        "18:13: ... argument does not escape",
        "18:14: *ptrs[0] escapes to heap",
        "18:24: *ptrs[1] escapes to heap",
        "18:34: *ptrs[2] escapes to heap",
        "19:15: []string{...} escapes to heap",
        "21:18: v + \"!\" escapes to heap",
        "24:13: ... argument does not escape",
        "24:14: s escapes to heap"
      ]
    },
  },
  {
    name: "undefined_multi_value",
    src: String.raw`package main

import "fmt"

func main() {
	a, b := compute(3)
	var c, d = other()
	fmt.Println(a, b, c, d)
}
`,
    real: {
      "stderr": "# command-line-arguments\n./prog.go:6:10: undefined: compute\n./prog.go:7:13: undefined: other\n"
    },
  },
  {
    name: "closure_frame",
    src: String.raw`package main

import "fmt"

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	xs := []int{1, 2, 0, 4}
	res := apply(xs, func(x int) int {
		return 100 / x
	})
	fmt.Println(res)
}
`,
    real: {
      "stdout": "",
      "exitCode": 2,
      "stderrFirstLine": "panic: runtime error: integer divide by zero",
      "frames": [
        "main.main.func1",
        "main.apply",
        "main.main"
      ],
      "mallocs": 1,
      "totalAlloc": 32,
      "escape": [
        "5:12: xs does not escape",
        "5:22: f does not escape",
        "6:13: make([]int, len(xs)) escapes to heap",
        "14:13: []int{...} does not escape",
        "15:19: func literal does not escape",
        "18:13: ... argument does not escape",
        "18:14: res escapes to heap"
      ]
    },
  },
  {
    name: "bool_line_end",
    src: String.raw`package main

import "fmt"

func bubbleSort(a []int) (swaps int) {
	n := len(a)
	for i := 0; i < n-1; i++ {
		swapped := false
		for j := 0; j < n-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch0 := a[mid]
		if switch0 == x {
			return mid
		} else if switch0 < x {
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return -1
}

func main() {
	data := []int{5, 2, 9, 1, 5, 6, 0, 3}
	s := bubbleSort(data)
	fmt.Println(data, "swaps:", s)
	fmt.Println(binarySearch(data, 6), binarySearch(data, 7))
	primes := []int{}
	for n := 2; len(primes) < 10; n++ {
		isPrime := true
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, n)
		}
	}
	fmt.Println(primes, len(primes), cap(primes))
}
`,
    real: {
      "stdout": "[0 1 2 3 5 5 6 9] swaps: 16\n6 -1\n[2 3 5 7 11 13 17 19 23 29] 10 16\n",
      "exitCode": 0,
      "mallocs": 34,
      "totalAlloc": 984,
      "escape": [
        "5:17: a does not escape",
        "23:19: a does not escape",
        "40:15: []int{...} escapes to heap",
        "42:13: ... argument does not escape",
        "42:14: data escapes to heap",
        "42:20: \"swaps:\" escapes to heap",
        "42:30: s escapes to heap",
        "43:13: ... argument does not escape",
        "43:26: ~r0 escapes to heap",
        "43:49: ~r0 escapes to heap",
        "44:17: []int{} escapes to heap",
        "60:13: ... argument does not escape",
        "60:14: primes escapes to heap",
        "60:25: len(primes) escapes to heap",
        "60:38: cap(primes) escapes to heap"
      ]
    },
  },
  {
    name: "intstring",
    src: String.raw`package main

import (
	"fmt"
	"strings"
)

type WordCount struct {
	Word  string
	Count int
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the end"
	var counts []WordCount
	word := ""
	flush := func() {
		if word == "" {
			return
		}
		for i := range counts {
			if counts[i].Word == word {
				counts[i].Count++
				word = ""
				return
			}
		}
		counts = append(counts, WordCount{word, 1})
		word = ""
	}
	for _, c := range text {
		if c == ' ' {
			flush()
		} else {
			word += string(c)
		}
	}
	flush()
	for _, wc := range counts {
		if wc.Count > 1 {
			fmt.Printf("%s=%d ", wc.Word, wc.Count)
		}
	}
	fmt.Println(len(counts), strings.Repeat("-", 5))
}
`,
    real: {
      "stdout": "the=3 9 -----\n",
      "exitCode": 0,
      "mallocs": 82,
      "totalAlloc": 1440,
      "escape": [
        "17:11: func literal does not escape",
        "35:19: string(c) escapes to heap",
        "41:14: ... argument does not escape",
        "41:27: wc.Word escapes to heap",
        "41:36: wc.Count escapes to heap",
        "44:13: ... argument does not escape",
        "44:17: len(counts) escapes to heap",
        "44:41: strings.Repeat(\"-\", 5) escapes to heap"
      ]
    },
  },
  {
    name: "concat_stack_operand",
    src: String.raw`package main

import "fmt"

func main() {
	r := 'x'
	fmt.Println(string(r))
	s := ""
	for _, c := range "abc" {
		s = string(c) + s
	}
	t := string(r)
	fmt.Println(s, len(t))
}
`,
    real: {
      "stdout": "x\ncba 1\n",
      "exitCode": 0,
      "mallocs": 10,
      "totalAlloc": 408,
      "escape": [
        "7:13: ... argument does not escape",
        "7:20: string(r) escapes to heap",
        "7:21: string(r) escapes to heap",
        "10:17: string(c) + s escapes to heap",
        "10:14: string(c) does not escape",
        "12:14: string(r) does not escape",
        "13:13: ... argument does not escape",
        "13:14: s escapes to heap",
        "13:20: len(t) escapes to heap"
      ]
    },
  },
  {
    name: "builder_param_leak",
    src: String.raw`package main

import (
	"fmt"
	"strings"
)

type Team struct {
	Name    string
	Members []Member
}

type Member struct {
	Name string
	Age  int
}

func describe(sb *strings.Builder, t Team) {
	sb.WriteString(t.Name)
	sb.WriteString(": ")
	for i, m := range t.Members {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(m.Name)
	}
	sb.WriteByte('\n')
}

func main() {
	teams := []Team{
		{"red", []Member{{"ann", 30}, {"bo", 25}}},
		{"blue", nil},
	}
	var sb strings.Builder
	for _, t := range teams {
		describe(&sb, t)
	}
	fmt.Print(sb.String())
	fmt.Println(teams)
	fmt.Printf("%+v\n", teams[0])
	oldest := teams[0].Members[0]
	for _, m := range teams[0].Members {
		if m.Age > oldest.Age {
			oldest = m
		}
	}
	fmt.Printf("%v %#v\n", oldest, oldest)
}
`,
    real: {
      "stdout": "red: ann,bo\nblue: \n[{red [{ann 30} {bo 25}]} {blue []}]\n{Name:red Members:[{Name:ann Age:30} {Name:bo Age:25}]}\n{ann 30} main.Member{Name:\"ann\", Age:30}\n",
      "exitCode": 0,
      "mallocs": 42,
      "totalAlloc": 1272,
      "escape": [
        "18:36: t does not escape",
        "19:16: \"strings: illegal use of non-zero Builder copied by value\" escapes to heap",
        "20:16: \"strings: illegal use of non-zero Builder copied by value\" escapes to heap",
        "23:16: \"strings: illegal use of non-zero Builder copied by value\" escapes to heap",
        "25:17: \"strings: illegal use of non-zero Builder copied by value\" escapes to heap",
        "27:14: \"strings: illegal use of non-zero Builder copied by value\" escapes to heap",
        "31:17: []Team{...} escapes to heap",
        "32:19: []Member{...} escapes to heap",
        "39:11: ... argument does not escape",
        "39:21: ~r0 escapes to heap",
        "40:13: ... argument does not escape",
        "40:14: teams escapes to heap",
        "41:12: ... argument does not escape",
        "41:27: teams[0] escapes to heap",
        "48:12: ... argument does not escape",
        "48:25: oldest escapes to heap",
        "48:33: oldest escapes to heap"
      ]
    },
  },
  {
    name: "strings_results_keep_their_argument",
    src: String.raw`package main

import (
	"fmt"
	"strings"
)

var kept []string

func normalize(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

func main() {
	raw := []byte("  Hello  ")
	for i := 0; i < 3; i++ {
		s := string(raw) // escapes: TrimSpace and ToLower may return their argument
		kept = append(kept, normalize(s))
	}
	words := []string{string(raw[2:7])}
	kept = append(kept, strings.Join(words, ","), strings.Repeat(string(raw[2:4]), 1))
	fmt.Println(kept, len(kept))
}
`,
    real: {
      "stdout": "[hello hello hello Hello He] 5\n",
      "exitCode": 0,
      "mallocs": 24,
      "totalAlloc": 832,
      "escape": [
        "15:16: ([]byte)(\"  Hello  \") does not escape",
        "15:16: zero-copy string->[]byte conversion",
        "17:15: string(raw) escapes to heap",
        "20:19: []string{...} does not escape",
        "20:30: string(raw[2:7]) escapes to heap",
        "21:73: string(raw[2:4]) escapes to heap",
        "22:13: ... argument does not escape",
        "22:14: kept escapes to heap",
        "22:23: len(kept) escapes to heap"
      ]
    },
  },
  {
    name: "recover_nil_map_write",
    src: String.raw`package main

import "fmt"

func f(id int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	var m map[string]int
	if id == 1 {
		m["x"] = 1
	}
	if id == 2 {
		var a []int
		_ = a[id]
	}
	return "ok"
}

func main() {
	fmt.Println(f(0))
	fmt.Println(f(1))

}
`,
    real: {
      "stdout": "ok\nassignment to entry in nil map\n",
      "exitCode": 0,
      "mallocs": 8,
      "totalAlloc": 456,
      "escape": [
        "6:8: func literal does not escape",
        "8:20: ... argument does not escape",
        "23:13: ... argument does not escape",
        "23:15: f(0) escapes to heap",
        "24:13: ... argument does not escape",
        "24:15: f(1) escapes to heap"
      ]
    },
  },
  {
    name: "named_result_captured_by_loop_defer",
    src: String.raw`package main

import "fmt"

var log []string

func trace(name string) func() {
	log = append(log, "enter "+name)
	return func() { log = append(log, "exit "+name) }
}

func inner(n int) (res int) {
	defer trace("inner")()
	defer func() { res *= 2 }()
	for i := 0; i < n; i++ {
		defer func(i int) { res += i }(i)
	}
	return n
}

func outer() {
	defer trace("outer")()
	fmt.Println(inner(4))
}

func main() {
	outer()
	for _, l := range log {
		fmt.Println(l)
	}
}
`,
    real: {
      "stdout": "20\nenter outer\nenter inner\nexit inner\nexit outer\n",
      "exitCode": 0,
      "mallocs": 29,
      "totalAlloc": 968,
      "escape": [
        "8:28: \"enter \" + name escapes to heap",
        "9:9: func literal escapes to heap",
        "9:43: \"exit \" + name escapes to heap",
        "12:20: moved to heap: res",
        "13:13: \"enter \" + name escapes to heap",
        "13:13: func literal does not escape",
        "9:43: \"exit \" + name escapes to heap",
        "14:8: func literal does not escape",
        "16:9: func literal escapes to heap",
        "22:13: \"enter \" + name escapes to heap",
        "22:13: func literal does not escape",
        "9:43: \"exit \" + name escapes to heap",
        "23:13: ... argument does not escape",
        "23:19: inner(4) escapes to heap",
        "29:14: ... argument does not escape",
        "29:15: l escapes to heap"
      ]
    },
  },
  {
    name: "type_switch_labels_interface_literal",
    src: String.raw`package main

import "fmt"

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []interface{}{nil, 3, int64(4), "hey", Rect{2, 3}, &Circle{1}, fmt.Errorf("e"), 2.5, []int{1}} {
		fmt.Println(classify(v))
	}
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v < 0:
				fmt.Println("negative at", i, j)
				break outer
			case v%2 == 0:
				continue
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
	n := 0
loop:
	for {
		switch n {
		case 0, 1:
			n++
			fallthrough
		case 2:
			n++
		case 5:
			break loop
		default:
			n = 5
		}
	}
	fmt.Println("n =", n)
}
`,
    real: {
      "stdout": "nil\ninteger 3\ninteger 4\nstring of 3\nshape 6.0\nshape 3.0\nerror e\nother float64\nother []int\n1 3 negative at 1 1\n\nn = 5\n",
      "exitCode": 0,
      "mallocs": 29,
      "totalAlloc": 720,
      "escape": [
        "10:7: c does not escape",
        "17:21: ... argument does not escape",
        "19:23: \"string of \" + fmt.Sprint(... argument...) escapes to heap",
        "19:35: ... argument does not escape",
        "19:39: len(x) escapes to heap",
        "21:21: ... argument does not escape",
        "21:42: x.Area() escapes to heap",
        "23:19: \"error \" + x.Error() escapes to heap",
        "25:21: ... argument does not escape",
        "30:33: []interface {}{...} does not escape",
        "30:39: 3 escapes to heap",
        "30:47: int64(4) escapes to heap",
        "30:52: \"hey\" escapes to heap",
        "30:63: Rect{...} escapes to heap",
        "30:71: &Circle{...} escapes to heap",
        "30:100: 2.5 escapes to heap",
        "30:110: []int{...} escapes to heap",
        "30:110: []int{...} escapes to heap",
        "31:14: ... argument does not escape",
        "31:23: classify(v) escapes to heap",
        "33:17: [][]int{...} does not escape",
        "33:18: []int{...} does not escape",
        "33:29: []int{...} does not escape",
        "33:41: []int{...} does not escape",
        "39:16: ... argument does not escape",
        "39:17: \"negative at\" escapes to heap",
        "39:32: i escapes to heap",
        "39:35: j escapes to heap",
        "44:13: ... argument does not escape",
        "44:14: v escapes to heap",
        "44:17: \" \" escapes to heap",
        "63:13: ... argument does not escape",
        "63:14: \"n =\" escapes to heap",
        "63:21: n escapes to heap"
      ]
    },
  },
];

const decision = (l: string) => /(escapes to heap|does not escape|moved to heap|zero-copy)/.test(l);

describe('learner programs behave like go run', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { result, window, escape } = runGoDetailed(c.src);
      if (c.real.stderr !== undefined) {
        expect(result.stderr).toBe(c.real.stderr);
        expect(result.exitCode).toBe(1);
        return;
      }
      expect(result.diagnostics).toEqual([]);
      expect(result.stdout).toBe(c.real.stdout);
      expect(result.exitCode).toBe(c.real.exitCode);
      expect({ mallocs: window?.mallocs, totalAlloc: window?.totalAlloc }).toEqual({ mallocs: c.real.mallocs, totalAlloc: c.real.totalAlloc });
      expect(new Set(escape.filter(decision))).toEqual(new Set(c.real.escape));
      if (c.real.frames) {
        const lines = result.stderr.split('\n');
        expect(lines[0]).toBe(c.real.stderrFirstLine);
        expect(lines.filter((l) => /^main\./.test(l)).map((l) => l.replace(/\(.*$/, ''))).toEqual(c.real.frames);
      }
    });
  }
});

describe('constructs outside the subset', () => {
  it('a method call on an interface value is named (no follow-on assignment mismatch)', () => {
    const src = 'package main\n\nimport (\n\t"fmt"\n\t"io"\n)\n\nfunc count(r io.Reader) int {\n\tbuf := make([]byte, 4)\n\tn, err := r.Read(buf)\n\tfmt.Println(err)\n\treturn n\n}\n\nfunc main() {\n\tfmt.Println(count(nil))\n}\n';
    const { result } = runGoDetailed(src);
    expect(result.stderr).toBe('# command-line-arguments\n./prog.go:10:14: calling a method of an interface value (r.Read) is not supported in the playground\n');
  });
  it('a struct that gets a method from an embedded interface field cannot satisfy an interface yet (named, not "missing method")', () => {
    const src = 'package main\n\ntype Logger interface{ Log(string) }\n\ntype Service struct {\n\tLogger\n}\n\nfunc main() {\n\tvar s Service\n\tvar l Logger = s\n\t_ = l\n\tvar a any = s\n\tswitch a.(type) {\n\tcase Logger:\n\t}\n}\n';
    const { result } = runGoDetailed(src);
    expect(result.stderr).toBe(
      '# command-line-arguments\n' +
        './prog.go:11:17: using Service as Logger value is not supported in the playground: its method Log comes from an embedded interface field\n',
    );
  });
});

describe('generic types', () => {
  it('run: a method of Stack[T] instantiated for int', () => {
    const src = 'package main\n\nimport "fmt"\n\ntype Stack[T any] struct{ items []T }\n\nfunc (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }\n\nfunc main() {\n\tvar s Stack[int]\n\ts.Push(1)\n\ts.Push(2)\n\tfmt.Println(s.items, len(s.items), cap(s.items))\n}\n';
    const { result } = runGoDetailed(src);
    expect(result.diagnostics).toEqual([]);
    expect(result.stdout).toBe('[1 2] 2 2\n'); // go1.23.5
  });
});

describe('library members outside the subset', () => {
  it('a variable of an unsupported library type gets no follow-on "undefined" error at its uses', () => {
    const src = 'package main\n\nimport (\n\t"fmt"\n\t"strconv"\n)\n\nfunc main() {\n\tvar ne *strconv.NumError\n\tfmt.Println(ne.Num, ne.Err)\n}\n';
    const { result } = runGoDetailed(src);
    expect(result.stderr).toBe('# command-line-arguments\n./prog.go:9:18: strconv.NumError is not supported in the playground (its strconv has AppendInt, Atoi, FormatBool, FormatFloat, FormatInt, Itoa, ParseBool, ParseFloat, ParseInt, Quote)\n');
  });
  it('are named as not supported (Go has them), while typos stay "undefined"', () => {
    const src = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Sscan("x")\n\tfmt.Printline("x")\n}\n';
    const { result } = runGoDetailed(src);
    expect(result.stderr).toBe(
      '# command-line-arguments\n' +
        './prog.go:6:6: fmt.Sscan is not supported in the playground (its fmt has Errorf, Fprint, Fprintf, Fprintln, Print, Printf, Println, Sprint, Sprintf, Sprintln, Stringer)\n' +
        './prog.go:7:6: undefined: fmt.Printline\n',
    );
  });
});
