// Run-time panics: the first stderr line as go1.23.5 prints it (verified with `go run`).
export interface PanicCase {
  name: string;
  src: string;
  first: string;
  stdout: string;
}

const main = (body: string, decls = '') => `package main\n\nimport "fmt"\n${decls}\nfunc main() {\n${body}\n}\n`;

export const panicCases: PanicCase[] = [
  { name: 'index out of range', src: main('\ts := []int{1, 2, 3}\n\ti := 5\n\tfmt.Println("before")\n\tfmt.Println(s[i])'), first: 'panic: runtime error: index out of range [5] with length 3', stdout: 'before\n' },
  { name: 'negative index', src: main('\ts := []int{1}\n\ti := -1\n\tfmt.Println(s[i])'), first: 'panic: runtime error: index out of range [-1]', stdout: '' },
  { name: 'nil pointer dereference', src: main('\tvar p *T\n\tfmt.Println(p.x)', '\ntype T struct{ x int }\n'), first: 'panic: runtime error: invalid memory address or nil pointer dereference', stdout: '' },
  { name: 'failed type assertion', src: main('\tvar x any = "s"\n\tn := x.(int)\n\tfmt.Println(n)'), first: 'panic: interface conversion: interface {} is string, not int', stdout: '' },
  { name: 'type assertion on nil', src: main('\tvar x any\n\tn := x.(*T)\n\tfmt.Println(n)', '\ntype T struct{ x int }\n'), first: 'panic: interface conversion: interface {} is nil, not *main.T', stdout: '' },
  { name: 'integer divide by zero', src: main('\ta, b := 1, 0\n\tfmt.Println(a / b)'), first: 'panic: runtime error: integer divide by zero', stdout: '' },
  { name: 'slice bounds', src: main('\ts := make([]int, 3, 5)\n\tn := 8\n\tfmt.Println(s[:n])'), first: 'panic: runtime error: slice bounds out of range [:8] with capacity 5', stdout: '' },
  { name: 'slice bounds low > high', src: main('\ts := make([]int, 3, 5)\n\tlo, hi := 3, 2\n\tfmt.Println(s[lo:hi])'), first: 'panic: runtime error: slice bounds out of range [3:2]', stdout: '' },
  { name: 'string index', src: main('\ts := "abc"\n\ti := 3\n\tfmt.Println(s[i])'), first: 'panic: runtime error: index out of range [3] with length 3', stdout: '' },
  { name: 'makeslice len out of range', src: main('\tn := -1\n\ts := make([]int, n)\n\tfmt.Println(len(s))'), first: 'panic: runtime error: makeslice: len out of range', stdout: '' },
  { name: 'panic with a string', src: main('\tfmt.Println("a")\n\tpanic("boom")'), first: 'panic: boom', stdout: 'a\n' },
  { name: 'panic with an int', src: main('\tfmt.Print("")\n\tpanic(42)'), first: 'panic: 42', stdout: '' },
  { name: 'write to a nil map', src: main('\tvar m map[string]int\n\tfmt.Println(m["a"], len(m))\n\tm["a"] = 1'), first: 'panic: assignment to entry in nil map', stdout: '0 0\n' },
  { name: 'unhashable interface map key', src: main('\tm := map[any]bool{}\n\tm[1] = true\n\tvar k any = []int{1}\n\tfmt.Println(len(m))\n\tm[k] = true'), first: 'panic: runtime error: hash of unhashable type []int', stdout: '1\n' },
  { name: 'unhashable struct in an interface key', src: main('\tm := map[any]int{}\n\tfmt.Println(len(m))\n\t_ = m[S{}]', '\ntype S struct{ s []int }\n'), first: 'panic: runtime error: hash of unhashable type main.S', stdout: '0\n' },
  { name: 'panic with a formatted message', src: main('\tpanic(fmt.Sprintf("bad %d", 7))'), first: 'panic: bad 7', stdout: '' },
];
