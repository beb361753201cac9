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
];

/** Constructs outside the playground's subset: our own messages, at the construct. */
export const subsetCases: DiagCase[] = [
  {
    name: 'goroutines',
    src: 'package main\n\nfunc work() {}\n\nfunc main() {\n\tgo work()\n}\n',
    want: ['6:2: goroutines (go statements) are not supported'],
  },
  {
    name: 'maps',
    src: 'package main\n\nfunc main() {\n\tvar m map[string]int\n\t_ = m\n}\n',
    want: ['4:8: map types are not supported'],
  },
  {
    name: 'packages outside the subset',
    src: 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Exit(1)\n}\n',
    want: ['3:8: package "os" is not supported in the playground (supported: fmt, strings, bytes, io, bufio, strconv, sync, runtime, unsafe, errors, sort, slices, unicode, unicode/utf8, math, runtime/debug, testing)'],
  },
  {
    name: 'defer and select',
    src: 'package main\n\nfunc f() {}\n\nfunc main() {\n\tdefer f()\n\tselect {\n\t}\n}\n',
    want: ['6:2: defer statements are not supported', '7:2: select statements are not supported'],
  },
  {
    name: 'syntax error',
    src: 'package main\n\nfunc main() {\n\tx := (1 + \n}\n',
    want: ['5:1: syntax error: unexpected }'],
  },
];
