// Small programs covering the subset, with the stdout the real go1.23.5 prints for them.
// Every expected output below was produced by `go run` (verified with scripts in this
// directory's history: each program was run with /usr/lib/go-1.23/bin/go and compared).

export interface Case {
  name: string;
  src: string;
  stdout: string;
}

const prog = (body: string, imports = ['fmt'], decls = ''): string =>
  `package main\n\nimport (\n${imports.map((i) => `\t"${i}"\n`).join('')})\n${decls}\nfunc main() {\n${body}\n}\n`;

export const cases: Case[] = [
  {
    name: 'integer arithmetic, wrap-around, truncating division',
    src: prog(`
	a, b := 7, -2
	fmt.Println(a/b, a%b, -7/2, -7%2, a<<3, a>>1, -9>>1)
	var x int8 = 127
	x++
	var y uint8 = 0
	y--
	var z int32 = 2147483647
	z += 1
	var u uint32 = 0
	u--
	fmt.Println(x, y, z, u)
	var big int64 = 9223372036854775807
	big++
	fmt.Println(big)
	p := 1 << 62
	fmt.Println(p*4, p*2)
	fmt.Println(0xff&^0x0f, 6|9, 6^3, ^5)`),
    stdout: '-3 1 -3 -1 56 3 -5\n-128 255 -2147483648 4294967295\n-9223372036854775808\n0 -9223372036854775808\n240 15 5 -6\n',
  },
  {
    name: '64-bit integers stay exact beyond 2^53 (LCG, FNV-1a, wrap-around)',
    src: `package main

import "fmt"

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	x := 12345
	for i := 0; i < 5; i++ {
		x = (x*1103515245 + 12345) % 2147483648
	}
	var u uint64 = 1<<64 - 1
	var m int64 = -1 << 63
	fmt.Println(x, fnv("hello"), fnv("gopher")%1000, u, u+2, m, m-1, -m, u>>60, m>>62)
	fmt.Printf("%x %d %v\\n", fnv("a"), int64(fnv("b")), float64(u))
	arr := []uint64{fnv("x"), 3}
	arr[1] = arr[0] * 3
	fmt.Println(arr, arr[0] > arr[1])
}
`,
    stdout:
      '1109335178 11831194018420276491 632 18446744073709551615 1 -9223372036854775808 9223372036854775807 -9223372036854775808 15 -2\n' +
      'af63dc4c8601ec8c -5808553574619024987 1.8446744073709552e+19\n' +
      '[12638214688346347271 1021155917619938581] true\n',
  },
  {
    name: 'floats and conversions',
    src: prog(`
	f := 3.0
	g := f / 2
	neg := -2.7
	fmt.Println(g, f*1e6, f*1e21, 1/f, float64(7)/2, int(g*3), int(neg))
	var h float32 = 0.1
	fmt.Println(h, float64(h) == 0.1, 1e-5, 123456.0, 1234567.0)
	fmt.Printf("%.2f %8.3f|%e %g %v\\n", 3.14159, 2.5, 123456.789, 0.000012, 100.0)`),
    stdout: '1.5 3e+06 3e+21 0.3333333333333333 3.5 4 -2\n0.1 false 1e-05 123456 1.234567e+06\n3.14    2.500|1.234568e+05 1.2e-05 100\n',
  },
  {
    name: 'strings are bytes',
    src: prog(`
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[:2] == "h\\xc3", string(s[0]))
	for i, r := range "aé世" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	b := []byte("abc")
	b[0] = 'x'
	fmt.Println(string(b), len(b), cap(b) >= 3, s + "!" == "héllo, 世界!")
	fmt.Println("a" < "b", "abc" > "abd", string(rune(233)), []byte("é"))`),
    stdout: '14 195 true h\n0:97 1:233 3:19990 \nxbc 3 true true\ntrue false é [195 169]\n',
  },
  {
    name: 'loops: three-clause, condition, endless with break, range int, continue',
    src: prog(`
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	n := 1
	for n < 100 {
		n *= 3
	}
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	t := 0
	for i := range 4 {
		t += i
	}
	for range 3 {
		t++
	}
	fmt.Println(sum, n, k, t)`),
    stdout: '25 243 5 9\n',
  },
  {
    name: 'range over slices and arrays copies the value',
    src: prog(`
	xs := []int{10, 20, 30}
	for i, x := range xs {
		xs[i] = x * 2
	}
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("v", v)
		}
	}
	for i := range xs {
		fmt.Print(i)
	}
	fmt.Println(xs, arr)`),
    stdout: 'v 3\n012[20 40 60] [1 2 100]\n',
  },
  {
    name: 'functions: multiple results, named results, variadic, recursion',
    src: prog(
      `
	q, r := divmod(17, 5)
	fmt.Println(q, r, sum(), sum(1, 2, 3), sum([]int{4, 5}...), fib(20))
	a, _ := swap("x", "y")
	sq, ok := named(4)
	fmt.Println(a, sq, ok)`,
      ['fmt'],
      `
func divmod(a, b int) (int, int) { return a / b, a % b }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
func swap(a, b string) (string, string) { return b, a }
func named(n int) (sq int, ok bool) {
	sq = n * n
	ok = true
	return
}
`,
    ),
    stdout: '3 2 0 6 9 6765\ny 16 true\n',
  },
  {
    name: 'closures capture variables; Go 1.22 loop variables are per iteration',
    src: prog(`
	counter := 0
	inc := func() int {
		counter++
		return counter
	}
	inc()
	inc()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	var ps []*int
	for _, v := range []int{7, 8} {
		ps = append(ps, &v)
	}
	fmt.Println(counter, fs[0](), fs[2](), *ps[0], *ps[1])`),
    stdout: '2 0 20 7 8\n',
  },
  {
    name: 'structs are values; pointers share',
    src: prog(
      `
	p := Point{1, 2}
	q := p
	q.X = 10
	r := &p
	r.Y = 20
	fmt.Println(p, q, *r, p == Point{1, 20}, p != q)
	g := Grid{name: "g", cells: [2]int{1, 2}, rows: []int{1}}
	h := g
	h.cells[0] = 9
	h.rows[0] = 9
	fmt.Println(g, h)
	fmt.Printf("%v %+v\\n", g, p)
	n := new(Point)
	n.X++
	fmt.Println(*n, n.X)`,
      ['fmt'],
      `
type Point struct {
	X, Y int
}

type Grid struct {
	name  string
	cells [2]int
	rows  []int
}
`,
    ),
    stdout: '{1 20} {10 2} {1 20} true true\n{g [1 2] [9]} {g [9 2] [9]}\n{g [1 2] [9]} {X:1 Y:20}\n{1 0} 1\n',
  },
  {
    name: 'slices: make, append forms, copy, 2- and 3-index slicing, sharing',
    src: prog(`
	s := make([]int, 3, 5)
	s = append(s, 1)
	s = append(s, 2, 3)
	t := append([]int(nil), s...)
	u := s[1:3]
	v := s[1:3:3]
	u[0] = 42
	v = append(v, 7)
	n := copy(t, []int{-1, -2})
	fmt.Println(s, len(s), cap(s), t, n, u, v, len(v), cap(v))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), append(nilS, 1), s[:0] == nil)
	b := []byte("hello")
	b = append(b, " world"...)
	k := copy(b, "J")
	fmt.Println(string(b), k)`),
    stdout: '[0 42 0 1 2 3] 6 10 [-1 -2 0 1 2 3] 2 [42 0] [42 0 7] 3 4\ntrue 0 [1] false\nJello world 1\n',
  },
  {
    name: 'arrays and composite literals',
    src: prog(
      `
	a := [...]string{"a", "b", "c"}
	b := a
	b[0] = "z"
	m := [2][2]int{{1, 2}, {3, 4}}
	pts := []Point{{1, 2}, {X: 3}}
	pp := []*Point{{5, 6}}
	idx := [5]int{1: 10, 3: 30}
	fmt.Println(a, b, len(a), m, pts, pp[0].X, *pp[0], idx)
	fmt.Println(&Point{7, 8}, []*Point{nil}[0] == nil)`,
      ['fmt'],
      `
type Point struct{ X, Y int }
`,
    ),
    stdout: '[a b c] [z b c] 3 [[1 2] [3 4]] [{1 2} {3 0}] 5 {5 6} [0 10 0 30 0]\n&{7 8} true\n',
  },
  {
    name: 'const, iota, package-level vars, shadowing',
    src: prog(
      `
	x := 1
	{
		x := 2
		x++
	}
	if x := 5; x > 3 {
		fmt.Println("inner", x)
	}
	fmt.Println(x, A, B, C, KB, total, greeting)`,
      ['fmt'],
      `
const (
	A = iota
	B
	C
)

const KB = 1 << 10

var total = sum2(3, 4)
var greeting = "hi " + name
var name = "gopher"

func sum2(a, b int) int { return a + b }
`,
    ),
    stdout: 'inner 5\n1 0 1 2 1024 7 hi gopher\n',
  },
  {
    name: 'fmt verbs',
    src: prog(`
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%q|%U\\n", 42, 42, 42, -42, 255, 255, 8, 5, 'A', 'B', 0x1F600)
	fmt.Printf("%s|%10s|%-6s|%q|%x|% x|%v|%T\\n", "go", "right", "left", "q\\"t", "hi", "hi", []string{"a", "b"}, 1.5)
	fmt.Printf("%t %v %v %v %T %T\\n", true, nil, []byte("ab"), [2]bool{true}, "s", []int{})
	fmt.Print("a", "b", 1, 2, "c", 3.5, "\\n")
	fmt.Println(fmt.Sprintf("%03d-%s", 7, "x"), fmt.Sprint("n=", 5), fmt.Sprintln("end"))
	fmt.Printf("%d %d\\n", 1)
	fmt.Printf("%d\\n", 1, 2)
	fmt.Printf("%z %d\\n", 1, "s")
	fmt.Printf("100%%\\n")`),
    stdout:
      '42|   42|42   |-0042|ff|FF|10|101|A|\'B\'|U+1F600\n' +
      'go|     right|left  |"q\\"t"|6869|68 69|[a b]|float64\n' +
      'true <nil> [97 98] [true false] string []int\n' +
      'ab1 2c3.5\n' +
      '007-x n=5 end\n\n' +
      '1 %!d(MISSING)\n' +
      '1\n%!(EXTRA int=2)' +
      '%!z(int=1) %!d(string=s)\n' +
      '100%\n',
  },
  {
    name: 'strings.Builder, bytes.Buffer, strings.Repeat, strconv.Itoa',
    src: prog(
      `
	var sb strings.Builder
	sb.Grow(10)
	sb.WriteString("ab")
	sb.WriteByte('c')
	sb.Write([]byte("de"))
	fmt.Println(sb.String(), sb.Len(), sb.Cap())
	sb.Reset()
	fmt.Println(sb.Len(), sb.Cap())
	var bb bytes.Buffer
	bb.WriteString("hello ")
	bb.Write([]byte("world"))
	bb.WriteByte('!')
	fmt.Println(bb.String(), bb.Len(), bb.Cap(), string(bb.Bytes()[:5]))
	bb.Reset()
	fmt.Println(bb.Len(), bb.Cap(), strings.Repeat("ab", 3), strconv.Itoa(-45), strconv.Itoa(99))`,
      ['bytes', 'fmt', 'strconv', 'strings'],
    ),
    stdout: 'abcde 5 16\n0 0\nhello world! 12 64 hello\n0 64 ababab -45 99\n',
  },
  {
    name: 'readers: strings.NewReader, io.ReadAll, bufio, io.Copy to io.Discard',
    src: prog(
      `
	data, err := io.ReadAll(strings.NewReader(strings.Repeat("x", 1000)))
	fmt.Println(len(data), cap(data), err)
	br := bufio.NewReaderSize(bytes.NewReader([]byte("abcdefghij")), 16)
	buf := make([]byte, 4)
	for {
		n, err := br.Read(buf)
		if err != nil {
			fmt.Println("err", err, err == io.EOF)
			break
		}
		fmt.Print(string(buf[:n]), " ")
	}
	n, err := io.Copy(io.Discard, strings.NewReader("12345"))
	fmt.Println(n, err)`,
      ['bufio', 'bytes', 'fmt', 'io', 'strings'],
    ),
    stdout: '1000 1408 <nil>\nabcd efgh ij err EOF true\n5 <nil>\n',
  },
  {
    name: 'sync.Pool with New, Get with a type assertion, Put',
    src: prog(
      `
	b := pool.Get().(*bytes.Buffer)
	b.WriteString("pooled")
	pool.Put(b)
	c := pool.Get().(*bytes.Buffer)
	fmt.Println(c.String(), made, c == b)
	var empty sync.Pool
	fmt.Println(empty.Get() == nil)`,
      ['bytes', 'fmt', 'sync'],
      `
var made int

var pool = sync.Pool{New: func() any {
	made++
	return new(bytes.Buffer)
}}
`,
    ),
    stdout: 'pooled 1 true\ntrue\n',
  },
  {
    name: 'runtime.GC and ReadMemStats',
    src: prog(
      `
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	sink = make([]byte, 100000)
	runtime.ReadMemStats(&m2)
	fmt.Println(m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println(m2.NumGC-m1.NumGC, m2.HeapAlloc <= m2.TotalAlloc, m2.Frees <= m2.Mallocs)`,
      ['fmt', 'runtime'],
      `
var sink []byte
`,
    ),
    stdout: '1 106496\n1 true true\n',
  },
  {
    name: 'interfaces: any, type assertions, comma-ok, nil',
    src: prog(
      `
	var x any = 42
	n, ok := x.(int)
	s, ok2 := x.(string)
	fmt.Println(n, ok, s == "", ok2)
	var y any
	fmt.Println(y == nil, x != nil, x == 42)
	var p *Point
	var z any = p
	fmt.Println(z == nil, p == nil)`,
      ['fmt'],
      `
type Point struct{ X int }
`,
    ),
    stdout: '42 true true false\ntrue true true\nfalse true\n',
  },
  {
    name: 'min, max, logical operators, comparisons',
    src: prog(`
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("b", "a"), true && !false, false || true)
	a := []int{1, 2}
	fmt.Println(a != nil, 3 >= 3, 'a' < 'b')`),
    stdout: '1 2.5 a true true\ntrue true true\n',
  },
];
