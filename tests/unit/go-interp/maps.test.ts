// Maps on the simulated runtime: programs whose output was recorded from go1.23.5 (`go run`;
// for panics the binary's exit code 2 and the first stderr line). Allocation figures are covered by the
// calibration corpus (scripts/calibrate/programs/go/map_*.go).
import { describe, expect, it } from 'vitest';
import { checkGo, runGoDetailed } from '@/lib/go/interp/run';
import { checkFile } from '@/lib/go/interp/check';
import { Inliner } from '@/lib/go/interp/inline';
import { parseGo } from '@/lib/go/interp/parse';

const cases: { name: string; src: string; stdout: string; first: string | null; exitCode: number }[] = [
  {
    name: "keys of every comparable kind (structs, arrays, pointers, interfaces, floats, bools, runes); fmt sorts them; %#v and nil maps",
    src: String.raw`package main

import "fmt"

type P struct {
	X, Y int
}

type K struct {
	Name string
	Arr  [2]int
}

func main() {
	byP := map[P]string{}
	byP[P{1, 2}] = "a"
	byP[P{1, 2}] = "b"
	byP[P{2, 1}] = "c"
	fmt.Println(len(byP), byP[P{1, 2}], byP)
	arr := map[[3]int]int{{1, 2, 3}: 6}
	arr[[3]int{1, 2, 3}]++
	fmt.Println(arr)
	x, y := 1, 2
	ptrs := map[*int]string{&x: "x", &y: "y"}
	fmt.Println(len(ptrs), ptrs[&x], ptrs[&y])
	anyk := map[any]int{}
	anyk[1] = 1
	anyk["1"] = 2
	anyk[P{1, 1}] = 3
	anyk[1.5] = 4
	anyk[int64(1)] = 5
	fmt.Println(len(anyk), anyk[1], anyk["1"], anyk[P{1, 1}], anyk[int64(1)], anyk[2])
	ks := map[K]bool{{"a", [2]int{1, 2}}: true}
	fmt.Println(ks[K{"a", [2]int{1, 2}}], ks[K{"a", [2]int{2, 1}}])
	f := map[float64]string{0.5: "half", -1: "neg", 2: "two"}
	fmt.Println(f)
	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)
	r := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(r)
	fmt.Printf("%v %d %+v\n", byP, r, ks)
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	var nilm map[string]bool
	fmt.Printf("%v %#v %d\n", nilm, nilm, len(nilm))
}
`,
    stdout: "2 b map[{1 2}:b {2 1}:c]\nmap[[1 2 3]:7]\n2 x y\n5 1 2 3 5 0\ntrue false\nmap[-1:neg 0.5:half 2:two]\nmap[false:0 true:1]\nmap[97:1 98:2]\nmap[{1 2}:b {2 1}:c] map[97:1 98:2] map[{Name:a Arr:[1 2]}:true]\nmap[string]int{\"a\":1, \"b\":2}\nmap[] map[string]bool(nil) 0\n",
    first: null,
    exitCode: 0,
  },
  {
    name: "maps of slices and of maps, structs holding maps, delete while ranging, the delete-all loop, aliasing, clear (maps and slices), nil-map reads, op= and ++ on entries",
    src: String.raw`package main

import "fmt"

type Item struct {
	Tags map[string]bool
	N    int
}

func main() {
	graph := map[string][]string{}
	graph["a"] = append(graph["a"], "b", "c")
	graph["b"] = append(graph["b"], "c")
	fmt.Println(graph, len(graph["zzz"]), graph["zzz"] == nil)
	nested := map[string]map[string]int{}
	for _, w := range []string{"x", "y", "x"} {
		inner, ok := nested[w]
		if !ok {
			inner = map[string]int{}
			nested[w] = inner
		}
		inner["count"]++
	}
	fmt.Println(nested)
	items := map[int]Item{1: {Tags: map[string]bool{"go": true}, N: 1}}
	it := items[1]
	it.N = 5
	it.Tags["fast"] = true
	fmt.Println(items[1].N, len(items[1].Tags), it.N)
	items[1] = it
	fmt.Println(items)
	counts := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range counts {
		if k == "b" {
			delete(counts, k)
		}
	}
	fmt.Println(counts)
	total := 0
	for _, v := range counts {
		total += v
	}
	fmt.Println(total)
	for k := range counts {
		delete(counts, k)
	}
	fmt.Println(len(counts), counts)
	m2 := counts
	m2["z"] = 26
	fmt.Println(counts["z"])
	clear(m2)
	fmt.Println(len(counts))
	v, ok := m2["z"]
	fmt.Println(v, ok)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s)
	var mm map[string]int
	delete(mm, "x")
	clear(mm)
	for range mm {
	}
	mm2 := make(map[string]int, 100)
	mm2["a"] += 5
	mm2["a"] *= 3
	mm2["b"]--
	fmt.Println(mm2)
	str := map[int]string{}
	str[1] += "ab"
	str[1] += "cd"
	fmt.Println(str)
}
`,
    stdout: "map[a:[b c] b:[c]] 0 true\nmap[x:map[count:2] y:map[count:1]]\n1 2 5\nmap[1:{map[fast:true go:true] 5}]\nmap[a:1 c:3]\n4\n0 map[]\n26\n0\n0 false\n[0 0 0]\nmap[a:15 b:-1]\nmap[1:abcd]\n",
    first: null,
    exitCode: 0,
  },
  {
    name: "an interface key holding a slice panics when hashed",
    src: String.raw`package main

import "fmt"

func main() {
	m := map[any]int{}
	m[1] = 1
	fmt.Println("before")
	m[[]int{1}] = 2
}
`,
    stdout: "before\n",
    first: "panic: runtime error: hash of unhashable type []int",
    exitCode: 2,
  },
  {
    name: "a write to a nil map panics",
    src: String.raw`package main

import "fmt"

func main() {
	var m map[string][]int
	fmt.Println(m["a"] == nil)
	m["a"] = append(m["a"], 1)
}
`,
    stdout: "true\n",
    first: "panic: assignment to entry in nil map",
    exitCode: 2,
  },
  {
    name: "named map types with methods, maps in structs behind pointers, maps returned and captured by closures, %T, type assertion to a map type",
    src: String.raw`package main

import "fmt"

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

type Graph struct {
	edges map[int][]int
}

func NewGraph() *Graph { return &Graph{edges: make(map[int][]int)} }

func (g *Graph) Connect(a, b int) {
	g.edges[a] = append(g.edges[a], b)
	g.edges[b] = append(g.edges[b], a)
}

func freq(xs []int) map[int]int {
	out := map[int]int{}
	for _, x := range xs {
		out[x]++
	}
	return out
}

func main() {
	s := Set{}
	s.Add("go")
	s.Add("rust")
	fmt.Println(s.Has("go"), s.Has("c"), len(s), s)
	g := NewGraph()
	g.Connect(1, 2)
	g.Connect(2, 3)
	fmt.Println(g.edges, len(g.edges[2]))
	f := freq([]int{3, 1, 3, 2, 3})
	fmt.Println(f)
	counter := map[string]int{}
	add := func(w string) { counter[w]++ }
	add("a")
	add("a")
	fmt.Println(counter)
	type pair struct {
		k string
		v int
	}
	var ps []pair
	for k, v := range counter {
		ps = append(ps, pair{k, v})
	}
	fmt.Println(ps)
	fmt.Printf("%T %T\n", s, counter)
	var any1 any = counter
	m2, ok := any1.(map[string]int)
	fmt.Println(m2["a"], ok)
}
`,
    stdout: "true false 2 map[go:true rust:true]\nmap[1:[2] 2:[1 3] 3:[2]] 2\nmap[1:1 2:1 3:3]\nmap[a:2]\n[{a 2}]\nmain.Set map[string]int\n2 true\n",
    first: null,
    exitCode: 0,
  },
];

describe('maps: output as go run prints it', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = runGoDetailed(c.src, {});
      expect(r.result.stdout).toBe(c.stdout);
      expect(r.result.exitCode).toBe(c.exitCode);
      expect(r.result.stderr.split('\n').find((l) => l.startsWith('panic')) ?? null).toBe(c.first);
    });
  }
});

// Inline costs of small map functions: `go build -gcflags=-m=2` ("can inline f with cost N"), go1.23.5.
const costSrc = String.raw`package main

import "fmt"

func mk() map[string]int { return make(map[string]int) }
func mkh(n int) map[string]int { return make(map[string]int, n) }
func lit() map[string]int { return map[string]int{"a": 1, "b": 2} }
func get(m map[string]int, k string) int { return m[k] }
func getok(m map[string]int, k string) (int, bool) { v, ok := m[k]; return v, ok }
func set(m map[string]int, k string, v int) { m[k] = v }
func inc(m map[string]int, k string) { m[k]++ }
func add(m map[string]int, k string, v int) { m[k] += v }
func del(m map[string]int, k string) { delete(m, k) }
func clr(m map[string]int) { clear(m) }
func ln(m map[string]int) int { return len(m) }
func sum(m map[string]int) int {
	s := 0
	for _, v := range m {
		s += v
	}
	return s
}
func keys(m map[string]int) int {
	n := 0
	for k := range m {
		n += len(k)
	}
	return n
}
func isnil(m map[string]int) bool { return m == nil }
func varm() int { var m map[string]int; return len(m) }
func litempty() map[int]bool { return map[int]bool{} }

func main() {
	n := -1
	m := make(map[int]int, n)
	m[1] = 2
	fmt.Println(len(m), mk(), mkh(3), lit(), get(nil, "a"), ln(nil), sum(nil), keys(nil), isnil(nil), varm(), litempty())
	x, y := getok(nil, "")
	fmt.Println(x, y)
	set(mk(), "a", 1)
	inc(mk(), "a")
	add(mk(), "a", 2)
	del(nil, "a")
	clr(nil)
}
`;
const costSrc2 = String.raw`package main

var v int
var ok bool

func getok2(m map[string]int, k string) { v, ok = m[k] }
func getok3(m map[string]int, k string) bool { _, ok := m[k]; return ok }
func lit3() map[string][]int { return map[string][]int{"a": {1}, "b": nil} }
func mk8() map[int]int { return make(map[int]int, 8) }

func main() {
	getok2(nil, "")
	_ = getok3(nil, "")
	_ = lit3()
	_ = mk8()
}
`;
const realCosts: Record<string, number> = {
  mk: 3, mkh: 3, lit: 8, get: 4, getok: 13, set: 5, inc: 5, add: 5, del: 3, clr: 2, ln: 3, sum: 16, keys: 16, isnil: 4, varm: 7, litempty: 2,
  getok2: 6, getok3: 10, lit3: 10, mk8: 3,
};

describe('maps: inline costs as the compiler counts them', () => {
  for (const src of [costSrc, costSrc2]) {
    const { file } = parseGo(src);
    const { info } = checkFile(file, src);
    const inl = new Inliner(info);
    for (const f of info.funcs) {
      if (f.isLit || !(f.name in realCosts)) continue;
      it(f.name, () => expect(inl.costOf(f)).toBe(realCosts[f.name]));
    }
  }
});

// maps.Keys/Values with slices.Collect/Sorted: allocations are in the corpus (maps_keys_collect);
// here the errors. types2's messages and positions from go1.23.5 `go build`; the rest are the
// playground's own limits, which must name what to do instead.
describe('maps: iterators (maps.Keys, maps.Values)', () => {
  const diag = (body: string) => checkGo(`package main

import (
	"maps"
	"slices"
)

func main() {
${body}
}
`).map((d) => `${d.line}:${d.column}: ${d.message}`);
  it('inference failures read as go build prints them, at the call', () => {
    expect(diag('\t_ = maps.Keys(5)\n\t_ = slices.Sorted(maps.Keys(map[[2]int]bool{}))\n\t_ = slices.Collect(5)')).toEqual([
      '9:15: in call to maps.Keys, cannot infer K ($GOROOT/src/maps/iter.go:25:25)',
      '10:19: [2]int does not satisfy cmp.Ordered ([2]int missing in ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string)',
      '11:20: in call to slices.Collect, cannot infer E ($GOROOT/src/slices/iter.go:57:14)',
    ]);
  });
  it('an iterator used anywhere but as the argument of Collect or Sorted is refused with what to do instead', () => {
    const d = diag('\tm := map[string]int{"a": 1}\n\tseq := maps.Values(m)\n\t_ = seq\n\tfor k := range maps.Keys(m) {\n\t\t_ = k\n\t}\n\t_ = slices.Clip([]int{})');
    expect(d).toHaveLength(2);
    expect(d[0]).toMatch(/^10:9: maps\.Values: an iterator \(iter\.Seq\) runs here only as the argument of slices\.Collect or slices\.Sorted/);
    expect(d[1]).toMatch(/^12:17: range over maps\.Keys\(m\) \(value of type iter\.Seq\[string\]\): ranging over a function iterator is not supported/);
  });
  it('Collect keeps mapiternext order and Sorted sorts; a nil map gives a nil slice', () => {
    const r = runGoDetailed(`package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	ks := slices.Collect(maps.Keys(m))
	slices.Sort(ks)
	var none map[int]bool
	fmt.Println(slices.Sorted(maps.Values(m)), ks, slices.Collect(maps.Keys(none)) == nil)
}
`, {});
    expect(r.result.stdout).toBe('[1 2 3] [a b c] true\n');
  });
});
