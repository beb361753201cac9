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
  // defer, panic and recover; embedded fields.
  { name: 'panic with an error value prints its Error()', src: main('\tfmt.Print("")\n\tpanic(E{3})', '\ntype E struct{ code int }\n\nfunc (e E) Error() string { return fmt.Sprint("code ", e.code) }\n'), first: 'panic: code 3', stdout: '' },
  { name: 'panic with a Stringer prints its String(); deferred calls run first', src: main('\tdefer fmt.Println("deferred runs")\n\tpanic(S{4})', '\ntype S struct{ n int }\n\nfunc (s S) String() string { return fmt.Sprint("S#", s.n) }\n'), first: 'panic: S#4', stdout: 'deferred runs\n' },
  { name: 'promoted field through a nil embedded pointer', src: main('\to := Outer{name: "x"}\n\tfmt.Println(o.name)\n\tfmt.Println(o.v)', '\ntype Inner struct{ v int }\ntype Outer struct {\n\t*Inner\n\tname string\n}\n'), first: 'panic: runtime error: invalid memory address or nil pointer dereference', stdout: 'x\n' },
  { name: 'a panic in a deferred call after recover', src: main('\tdefer func() {\n\t\tr := recover()\n\t\tfmt.Println("got", r)\n\t\tvar s []int\n\t\t_ = s[1]\n\t}()\n\tpanic("first")'), first: 'panic: first [recovered]', stdout: 'got first\n' },
  { name: 'a panic in a deferred call while panicking', src: main('\tdefer func() {\n\t\tpanic("second")\n\t}()\n\tfmt.Println("x")\n\tpanic("first")'), first: 'panic: first', stdout: 'x\n' },
  // Goroutines and channels (GOMAXPROCS=1; the program's exit status is 2).
  ...[
    ['deadlock on a receive', '\tc := make(chan int)\n\t<-c', 'fatal error: all goroutines are asleep - deadlock!'],
    ['close of a closed channel', '\tc := make(chan int)\n\tclose(c)\n\tclose(c)', 'panic: close of closed channel'],
    ['close of a nil channel', '\tvar c chan int\n\tclose(c)', 'panic: close of nil channel'],
    ['negative WaitGroup counter', '\tvar wg sync.WaitGroup\n\twg.Done()', 'panic: sync: negative WaitGroup counter'],
    ['unlock of an unlocked mutex', '\tvar mu sync.Mutex\n\tmu.Unlock()', 'fatal error: sync: unlock of unlocked mutex'],
    ['WaitGroup.Wait that nobody releases', '\tvar wg sync.WaitGroup\n\twg.Add(1)\n\twg.Wait()', 'fatal error: all goroutines are asleep - deadlock!'],
    ['send on a nil channel', '\tvar c chan int\n\tc <- 1', 'fatal error: all goroutines are asleep - deadlock!'],
    ['empty select', '\tselect {}', 'fatal error: all goroutines are asleep - deadlock!'],
  ].map(([name, body, first]) => ({
    name,
    src: `package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\nvar _ sync.Mutex\n\nfunc main() {\n\tfmt.Println("start")\n${body}\n}\n`,
    first,
    stdout: 'start\n',
  })),
];
