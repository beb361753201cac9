// Compile errors a learner meets, with the compiler's message and position (line:col as
// `go build` prints them: verified against go1.23.5's output for each program).

export interface DiagCase {
  name: string;
  src: string;
  /** `line:col: message` lines, in order (the first line of multi-line messages). */
  want: string[];
}

export const diagCases: DiagCase[] = [
  {
    name: 'undefined name',
    src: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(y)\n}\n',
    want: ['6:14: undefined: y'],
  },
  {
    name: 'declared and not used',
    src: 'package main\n\nfunc main() {\n\tx := 5\n\tvar y int\n}\n',
    want: ['4:2: declared and not used: x', '5:6: declared and not used: y'],
  },
  {
    name: 'imported and not used',
    src: 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Println("hi")\n}\n',
    want: ['5:2: "strings" imported and not used'],
  },
  {
    name: 'mismatched types',
    src: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 5\n\ts := "a"\n\tfmt.Println(x + s)\n}\n',
    want: ['8:14: invalid operation: x + s (mismatched types int and string)'],
  },
  {
    name: 'too many and not enough arguments',
    src: 'package main\n\nfunc f(a int) int { return a }\n\nfunc main() {\n\tf(1, 2)\n\tf()\n}\n',
    want: ['6:7: too many arguments in call to f', '7:2: not enough arguments in call to f'],
  },
  {
    name: 'missing return',
    src: 'package main\n\nfunc f(a int) int {\n\tif a > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc main() {\n\tf(1)\n}\n',
    want: ['7:1: missing return'],
  },
  {
    name: 'assignment of the wrong type',
    src: 'package main\n\nfunc main() {\n\tx := 1\n\tx = "s"\n\tvar b byte = 300\n\t_, _ = x, b\n}\n',
    want: ['5:6: cannot use "s" (untyped string constant) as int value in assignment', '6:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)'],
  },
  {
    name: 'multiple-value in single-value context',
    src: 'package main\n\nfunc two() (int, int) { return 1, 2 }\n\nfunc main() {\n\tx := two()\n\t_ = x\n}\n',
    want: ['6:7: assignment mismatch: 1 variable but two returns 2 values'],
  },
  {
    name: 'non-boolean condition',
    src: 'package main\n\nfunc main() {\n\tx := 1\n\tif x {\n\t}\n}\n',
    want: ['5:5: non-boolean condition in if statement'],
  },
  {
    name: 'constant overflow and division by zero',
    src: 'package main\n\nfunc main() {\n\ta := byte(300)\n\tb := 1 / 0\n\t_, _ = a, b\n}\n',
    want: ['4:12: constant 300 overflows byte', '5:11: invalid operation: division by zero'],
  },
  {
    name: 'labels, break, continue and fallthrough out of place',
    src: "package main\n\nfunc main() {\nL:\n\tfor i := 0; i < 3; i++ {\n\t}\nL:\n\tfor {\n\t\tbreak M\n\t}\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\nX:\n\t{\n\t\tbreak X\n\t}\n\tcontinue\n}\n",
    want: ["4:1: label L defined and not used","7:1: label L already defined at ./prog.go:4:1","9:9: break label not defined: M","13:3: cannot fallthrough final case in switch","17:9: invalid break label X","19:2: continue is not in a loop"],
  },
  {
    name: 'switch case values and defaults',
    src: "package main\n\nimport \"fmt\"\n\nfunc f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\tdefault:\n\t\treturn 2\n\t}\n}\n\nfunc g(x int) int {\n\tswitch {\n\tcase x > 1:\n\t\treturn 1\n\tdefault:\n\t\treturn 2\n\t}\n}\n\nfunc main() {\n\tx := 3\n\ts := \"a\"\n\tswitch x {\n\tcase 1, 2:\n\tcase \"a\":\n\tcase s:\n\tcase 1:\n\tcase 1.5:\n\t}\n\tswitch {\n\tcase 1:\n\tcase x:\n\t}\n\tvar a []int\n\tswitch a {\n\t}\n\tswitch nil {\n\t}\n\tswitch 5 {\n\tdefault:\n\tdefault:\n\t}\n\tfmt.Println(f(1), g(2))\n}\n",
    want: ["28:7: cannot convert \"a\" (untyped string constant) to type int","29:7: invalid case s in switch on x (mismatched types string and int)","30:7: duplicate case 1 (constant of type int) in expression switch","31:7: 1.5 (untyped float constant) truncated to int","34:7: cannot convert 1 (untyped int constant) to type bool","35:7: invalid case x in switch on true (mismatched types int and bool)","40:9: use of untyped nil in switch expression","44:2: multiple defaults (first at ./prog.go:43:2)"],
  },
  {
    name: 'method declarations and calls',
    src: "package main\n\ntype T struct{ x int }\n\nfunc (t *T) Get() int { return t.x }\n\nfunc (t T) Get() int { return t.x }\n\nfunc (t T) Set() {}\n\nfunc (i int) Bad() {}\n\ntype P *T\n\nfunc (p P) M() {}\n\nfunc mk() T { return T{} }\n\nfunc main() {\n\tvar t T\n\tt.Nope()\n\tmk().Get()\n\t_ = T.Get\n}\n",
    want: ["7:12: method T.Get already declared at ./prog.go:5:13","11:7: cannot define new methods on non-local type int","15:7: invalid receiver type P (pointer or interface type)","21:4: t.Nope undefined (type T has no field or method Nope)","22:7: cannot call pointer method Get on T","23:8: invalid method expression T.Get (needs pointer receiver (*T).Get)"],
  },
  {
    name: 'type switches',
    src: "package main\n\ntype Shape interface{ Area() float64 }\ntype Sq struct{}\n\nfunc (q *Sq) Area() float64 { return 1 }\n\nfunc main() {\n\tx := 5\n\tswitch x.(type) {\n\t}\n\tvar s Shape\n\tswitch v := s.(type) {\n\tcase Sq:\n\tcase *Sq, *Sq:\n\t}\n\tswitch s.(type) {\n\tcase *Sq:\n\t\tfallthrough\n\tdefault:\n\t}\n}\n",
    want: ["10:9: x (variable of type int) is not an interface","13:9: v declared and not used","14:7: impossible type switch case: Sq","15:12: duplicate case *Sq in type switch","19:3: cannot fallthrough in type switch"],
  },
  {
    name: 'branch errors come with the type errors',
    src: "package main\n\nfunc main() {\n\tx := 1\n\tbreak\n\tvar y string = 5\n}\n",
    want: ["4:2: declared and not used: x","5:2: break is not in a loop, switch, or select","6:6: declared and not used: y","6:17: cannot use 5 (untyped int constant) as string value in variable declaration"],
  },
  {
    name: "map: cannot take the address of m[k]",
    src: "package main\n\nfunc main() {\n\tm := map[string]int{}\n\tp := &m[\"a\"]\n\t_ = p\n}\n",
    want: ["5:8: invalid operation: cannot take address of m[\"a\"] (map index expression of type int)"],
  },
  {
    name: "map: invalid map key types",
    src: "package main\n\nfunc main() {\n\tvar a map[[]int]string\n\tvar b map[func()]int\n\t_, _ = a, b\n}\n",
    want: ["4:12: invalid map key type []int", "5:16: invalid map key type func()"],
  },
  {
    name: "map: == only against nil; nil-only assignment",
    src: "package main\n\nfunc main() {\n\ta := map[string]int{}\n\tb := map[string]int{}\n\t_ = a == b\n\t_ = a == nil\n\tvar c map[string]int = 5\n\t_ = c\n}\n",
    want: ["6:6: invalid operation: a == b (map can only be compared to nil)", "8:25: cannot use 5 (untyped int constant) as map[string]int value in variable declaration"],
  },
  {
    name: "map: delete and clear arguments",
    src: "package main\n\nfunc main() {\n\tm := map[string]int{}\n\tdelete(m)\n\tdelete(m, 1)\n\tvar i int\n\tdelete(i, 1)\n\tclear(i)\n}\n",
    want: ["5:2: invalid operation: not enough arguments for delete(m) (expected 2, found 1)", "6:12: cannot use 1 (untyped int constant) as string value in argument to delete", "8:9: invalid argument: i (variable of type int) is not a map", "9:8: invalid argument: cannot clear i (variable of type int): argument must be (or constrained by) map or slice"],
  },
  {
    name: "map literal: duplicate constant keys",
    src: "package main\n\nfunc main() {\n\tm := map[string]int{\"a\": 1, \"b\": 2, \"a\": 3}\n\tn := map[int]bool{1: true, 1: false}\n\t_, _ = m, n\n}\n",
    want: ["4:38: duplicate key \"a\" in map literal", "5:29: duplicate key 1 in map literal"],
  },
  {
    name: "map: cannot assign to a field of m[k]",
    src: "package main\n\ntype P struct{ X int }\n\nfunc main() {\n\tm := map[string]P{}\n\tm[\"a\"].X = 1\n\tm[\"b\"].X++\n}\n",
    want: ["7:2: cannot assign to struct field m[\"a\"].X in map", "8:2: cannot assign to struct field m[\"b\"].X in map"],
  },
  {
    name: "map: key type in an index; indexing a non-map",
    src: "package main\n\nfunc main() {\n\tm := map[string]int{}\n\tv, ok := m[1]\n\t_, _ = v, ok\n\tvar i int\n\t_ = i[\"x\"]\n}\n",
    want: ["5:13: cannot use 1 (untyped int constant) as string value in map index", "8:7: invalid operation: cannot index i (variable of type int)"],
  },
  {
    name: "map literal: key and value types, missing key",
    src: "package main\n\nfunc main() {\n\ta := map[string]int{1: 2}\n\tb := map[string]int{\"x\"}\n\tc := map[string]int{\"a\": \"b\"}\n\t_, _, _ = a, b, c\n}\n",
    want: ["4:22: cannot use 1 (untyped int constant) as string value in map literal", "5:22: missing key in map literal", "6:27: cannot use \"b\" (untyped string constant) as int value in map literal"],
  },
  {
    name: "map: make(map, hint) arguments; cap of a map",
    src: "package main\n\nfunc main() {\n\tc := make(map[string]int, \"x\")\n\td := make(map[string]int, 1, 2)\n\te := cap(map[string]int{})\n\t_, _, _ = c, d, e\n}\n",
    want: ["4:28: cannot convert \"x\" (untyped string constant) to type int", "5:7: invalid operation: make(map[string]int, 1, 2) expects 1 or 2 arguments; found 3", "6:11: invalid argument: map[string]int{} (value of type map[string]int) for built-in cap"],
  },
  {
    name: "map: no fields or methods",
    src: "package main\n\nfunc main() {\n\tvar l map[string]int\n\tl.foo()\n\t_ = l.X\n}\n",
    want: ["5:4: l.foo undefined (type map[string]int has no field or method foo)", "6:8: l.X undefined (type map[string]int has no field or method X)"],
  },
  {
    name: "map: m[k]++ and m[k] op= with mismatched types",
    src: "package main\n\nfunc main() {\n\th := map[string]string{}\n\th[\"a\"]++\n\th[\"b\"] += 1\n\tn := map[string]int{}\n\tn[\"a\"] += \"x\"\n}\n",
    want: ["5:2: invalid operation: h[\"a\"]++ (non-numeric type string)", "6:2: invalid operation: h[\"b\"] += 1 (mismatched types string and untyped int)", "8:2: invalid operation: n[\"a\"] += \"x\" (mismatched types int and untyped string)"],
  },
  {
    name: "map: range assigning to variables of other types",
    src: "package main\n\nfunc main() {\n\tm := map[string]int{\"a\": 1}\n\tvar k int\n\tvar v string\n\tfor k, v = range m {\n\t}\n\t_, _ = k, v\n}\n",
    want: ["7:6: cannot use k (value of type string) as int value in assignment", "7:9: cannot use v (value of type int) as string value in assignment"],
  },
  {
    name: "map: elements are not addressable (m[k][i] = v on an array value)",
    src: "package main\n\nfunc main() {\n\tm := map[string][2]int{}\n\tm[\"a\"][0] = 1\n\ts := map[string][]int{\"a\": {1}}\n\ts[\"a\"][0] = 2\n}\n",
    want: ["5:2: cannot assign to m[\"a\"][0] (neither addressable nor a map index expression)"],
  },
  {
    name: "map: assigning to m[k] uses m; an unused range key",
    src: "package main\n\nfunc main() {\n\tm := map[string]int{}\n\tm[\"a\"] = 1\n\tcount := map[string]int{}\n\tfor k := range count {\n\t}\n}\n",
    want: ["7:6: declared and not used: k"],
  },
  {
    // go build prints the type parameter position with the file path it was given (here ./prog.go).
    name: 'generics: constraints, inference, instantiation',
    src: "package main\n\ntype Number interface{ ~int | ~float64 }\n\nfunc Sum[N Number](xs ...N) N {\n\tvar t N\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n\nfunc Zero[T any]() T {\n\tvar z T\n\treturn z\n}\n\ntype Box[T any] struct{ v T }\n\nfunc main() {\n\t_ = Sum(\"a\", \"b\")\n\t_ = Zero()\n\tvar b Box\n\tf := Sum\n\t_, _ = b, f\n}\n",
    want: ["21:9: string does not satisfy Number (string missing in ~int | ~float64)","22:10: in call to Zero, cannot infer T (./prog.go:13:11)","23:8: cannot use generic type Box[T any] without instantiation","24:7: cannot use generic function Sum without instantiation"],
  },
];

/** Constructs outside the playground's subset: our own messages, at the construct. */
export const subsetCases: DiagCase[] = [
  {
    name: 'packages outside the subset',
    src: 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Exit(1)\n}\n',
    want: ['3:8: package "os" is not supported in the playground (supported: fmt, strings, bytes, io, bufio, strconv, sync, runtime, unsafe, errors, sort, slices, maps, unicode, cmp, unicode/utf8, math, runtime/debug, testing)'],
  },
  {
    name: 'syntax error',
    src: 'package main\n\nfunc main() {\n\tx := (1 + \n}\n',
    want: ['5:1: syntax error: unexpected }'],
  },
  {
    name: 'defer misuse',
    src: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tdefer 5\n\tdefer len("x")\n\tdefer int(3)\n\tdefer recover()\n\tdefer fmt.Sprint("x")\n\tf := func() int { return 1 }\n\tdefer f\n\tdefer f()\n}\n',
    want: ['6:8: expression in defer must be function call', '7:8: defer discards result of len("x") (constant 1 of type int)', '8:8: defer requires function call, not conversion int(3) (constant 3 of type int)', '12:8: expression in defer must be function call'],
  },
  {
    name: 'embedded fields: ambiguous selector, literals, method sets',
    src: 'package main\n\nimport "fmt"\n\ntype A struct{ X int }\ntype B struct{ X int }\ntype C struct {\n\tA\n\tB\n\tY int\n}\ntype D struct {\n\t*A\n\tN int\n}\n\nfunc (a *A) Set(v int) { a.X = v }\n\ntype Setter interface{ Set(int) }\n\nfunc get() C { return C{} }\n\nfunc main() {\n\tc := C{}\n\tfmt.Println(c.X)\n\td := D{X: 1}\n\t_ = d\n\te := C{A{1}, B{2}}\n\t_ = e\n\tvar s Setter = c\n\t_ = s\n\tget().Set(1)\n\tfmt.Println(c.Z)\n}\n',
    want: ['25:16: ambiguous selector c.X', '26:9: unknown field X in struct literal of type D', '28:19: too few values in struct literal of type C', '30:17: cannot use c (variable of type C) as Setter value in variable declaration: C does not implement Setter (method Set has pointer receiver)', '32:8: cannot call pointer method Set on C', '33:16: c.Z undefined (type C has no field or method Z)'],
  },
];
