// Command growth measures Go slice growth (append) on the real runtime and
// prints the results as JSON on stdout. Run with GOMAXPROCS=1 (run.sh does).
//
// Every element type is registered with the type string the site's
// parseGoType accepts; typeinfo.MustMatch checks that string against reflect.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"unsafe"

	"heaplab/calibrate/internal/typeinfo"
)

// sink makes every backing array escape to the heap (so growth is heap growth).
var sink any

// ---------------------------------------------------------------------------
// Per-type operations (generic, instantiated once per registered element type)

type elemType struct {
	Type        string  `json:"type"`
	Size        uintptr `json:"size"`
	Align       uintptr `json:"align"`
	HasPointers bool    `json:"hasPointers"`

	grow     func(startLen, startCap, n int, measure bool) (transitions [][2]int, allocBytes []uint64)
	spread   func(startLen, startCap, k int) int
	variadic func(startLen, startCap, k int) int
	mk       func(l, c int) (capOut int, allocBytes, mallocs uint64)
}

func memStats() (totalAlloc, mallocs uint64) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc, m.Mallocs
}

func newSlice[T any](l, c int) []T {
	if l == 0 && c == 0 {
		return nil
	}
	s := make([]T, l, c)
	sink = s
	return s
}

// grow appends zero values one at a time until len == n, recording every
// (lenAfter, capAfter) where cap changed. With measure, also records the
// bytes the runtime allocated for each growth (MemStats.TotalAlloc delta).
func grow[T any](startLen, startCap, n int, measure bool) ([][2]int, []uint64) {
	s := newSlice[T](startLen, startCap)
	var z T
	var tr [][2]int
	var ab []uint64
	prev := cap(s)
	for len(s) < n {
		if measure && len(s) == cap(s) {
			a0, _ := memStats()
			s = append(s, z)
			a1, _ := memStats()
			ab = append(ab, a1-a0)
		} else {
			s = append(s, z)
		}
		if c := cap(s); c != prev {
			tr = append(tr, [2]int{len(s), c})
			prev = c
		}
	}
	sink = s
	return tr, ab
}

// spread: append(s, make([]T, k)...) — one growslice with newLen = len+k.
func spread[T any](startLen, startCap, k int) int {
	s := newSlice[T](startLen, startCap)
	s = append(s, make([]T, k)...)
	sink = s
	return cap(s)
}

// variadic: append(s, a, b, c...) with k literal arguments.
func variadic[T any](startLen, startCap, k int) int {
	s := newSlice[T](startLen, startCap)
	var z T
	switch k {
	case 1:
		s = append(s, z)
	case 2:
		s = append(s, z, z)
	case 3:
		s = append(s, z, z, z)
	case 4:
		s = append(s, z, z, z, z)
	case 5:
		s = append(s, z, z, z, z, z)
	case 7:
		s = append(s, z, z, z, z, z, z, z)
	default:
		panic(fmt.Sprintf("variadic: unsupported k=%d", k))
	}
	sink = s
	return cap(s)
}

func mk[T any](l, c int) (int, uint64, uint64) {
	a0, m0 := memStats()
	s := make([]T, l, c)
	a1, m1 := memStats()
	sink = s
	return cap(s), a1 - a0, m1 - m0
}

func reg[T any](name string) *elemType {
	var z T
	t := reflect.TypeOf((*T)(nil)).Elem()
	typeinfo.MustMatch(name, t)
	if t.Size() != unsafe.Sizeof(z) || uintptr(t.Align()) != unsafe.Alignof(z) {
		panic("reflect and unsafe disagree for " + name)
	}
	return &elemType{
		Type: name, Size: unsafe.Sizeof(z), Align: unsafe.Alignof(z), HasPointers: typeinfo.HasPointers(t),
		grow: grow[T], spread: spread[T], variadic: variadic[T], mk: mk[T],
	}
}

// ---------------------------------------------------------------------------
// Element types

type (
	ptrPad16 = struct {
		p   *int
		pad [16]byte
	}
	ptrPad1000 = struct {
		p   *int
		pad [1000]byte
	}
	threePtrs = struct {
		a *int
		b *int
		c *int
	}
	padded = struct {
		x int32
		y int8
	}
	ptrPad504 = struct {
		p   *int
		pad [504]byte
	}
	ptrPad505 = struct {
		p   *int
		pad [505]byte
	}
)

var types = []*elemType{
	reg[byte]("byte"),
	reg[bool]("bool"),
	reg[int16]("int16"),
	reg[int32]("int32"),
	reg[float32]("float32"),
	reg[int]("int"),
	reg[uint64]("uint64"),
	reg[float64]("float64"),
	reg[complex128]("complex128"),
	reg[[3]byte]("[3]byte"),
	reg[[5]byte]("[5]byte"),
	reg[[7]byte]("[7]byte"),
	reg[[12]byte]("[12]byte"),
	reg[[24]byte]("[24]byte"),
	reg[[40]byte]("[40]byte"),
	reg[[100]byte]("[100]byte"),
	reg[[128]byte]("[128]byte"),
	reg[[1000]byte]("[1000]byte"),
	reg[[1500]byte]("[1500]byte"),
	reg[[5000]byte]("[5000]byte"),
	reg[[2]int64]("[2]int64"),
	reg[[3]int64]("[3]int64"),
	reg[padded]("struct{x int32; y int8}"),
	reg[*int]("*int"),
	reg[string]("string"),
	reg[[]byte]("[]byte"),
	reg[any]("any"),
	reg[map[int]int]("map[int]int"),
	reg[chan int]("chan int"),
	reg[func()]("func()"),
	reg[[2]string]("[2]string"),
	reg[[3]*int]("[3]*int"),
	reg[[64]*int]("[64]*int"),
	reg[ptrPad16]("struct{p *int; pad [16]byte}"),
	reg[threePtrs]("struct{a *int; b *int; c *int}"),
	reg[ptrPad504]("struct{p *int; pad [504]byte}"),
	reg[ptrPad505]("struct{p *int; pad [505]byte}"),
	reg[ptrPad1000]("struct{p *int; pad [1000]byte}"),
	reg[struct{}]("struct{}"),
}

func byName(name string) *elemType {
	for _, t := range types {
		if t.Type == name {
			return t
		}
	}
	panic("unknown type " + name)
}

// ---------------------------------------------------------------------------
// Output records

type growCase struct {
	*elemType
	StartLen    int      `json:"startLen"`
	StartCap    int      `json:"startCap"`
	N           int      `json:"n"`
	Transitions [][2]int `json:"transitions"`
	// TotalAlloc delta per transition (bytes the allocator handed out, i.e. the
	// size class incl. any malloc header, or whole pages for large objects).
	// Informational: noscan objects < 16 B come from the tiny allocator (0 or 16).
	AllocBytes []uint64 `json:"allocBytes"`
}

// appendManyGroup: all append-many cases of one element type. Each row is
// [startLen, startCap, k, capAfter] for s := make([]T, startLen, startCap)
// (nil when both are 0) followed by one append of k elements.
type appendManyGroup struct {
	*elemType
	// Spread: s = append(s, make([]T, k)...)
	Spread [][4]int `json:"spread"`
	// Variadic: s = append(s, a, b, …) with k literal arguments
	Variadic [][4]int `json:"variadic"`
}

// makeGroup: rows are [len, capArg, cap(make([]T, len, capArg)), allocBytes, mallocs],
// allocBytes/mallocs being the MemStats.TotalAlloc/Mallocs deltas around the make.
// (ReadMemStats flushes the mcache and with it the tiny block, so a tiny
// noscan object < 16 B shows as one fresh 16-byte block.)
type makeGroup struct {
	*elemType
	Cases [][5]uint64 `json:"cases"`
}

type output struct {
	GOOS         string            `json:"goos"`
	GOARCH       string            `json:"goarch"`
	GoVersion    string            `json:"goVersion"`
	GOMAXPROCS   int               `json:"gomaxprocs"`
	OneAtATime   []growCase        `json:"oneAtATime"`
	MakeThenGrow []growCase        `json:"makeThenGrow"`
	AppendMany   []appendManyGroup `json:"appendMany"`
	Make         []makeGroup       `json:"make"`
}

func oneN(t *elemType) int {
	if t.Size == 0 {
		return 20 // zero-size: cap == len after every append, one transition per append
	}
	return 100000
}

func main() {
	out := output{GOOS: runtime.GOOS, GOARCH: runtime.GOARCH, GoVersion: runtime.Version(), GOMAXPROCS: runtime.GOMAXPROCS(0)}

	// 1. One at a time from nil.
	for _, t := range types {
		n := oneN(t)
		tr, ab := t.grow(0, 0, n, true)
		out.OneAtATime = append(out.OneAtATime, growCase{t, 0, 0, n, tr, ab})
		runtime.GC()
	}

	// 2. make([]T, l, c) then one at a time.
	mtgTypes := []string{"byte", "int32", "int", "*int", "string", "[24]byte", "struct{p *int; pad [16]byte}",
		"[100]byte", "any", "[1000]byte", "struct{p *int; pad [1000]byte}", "[5]byte"}
	caps := []int{1, 3, 5, 7, 9, 100, 255, 256, 257, 1000, 3000}
	for _, name := range mtgTypes {
		t := byName(name)
		for _, c := range caps {
			for _, l := range []int{0, c} {
				if l == c && c != 5 && c != 100 && c != 1000 && c != 3000 {
					continue
				}
				n := 20000
				if t.Size >= 1000 {
					n = 6000
				}
				tr, _ := t.grow(l, c, n, false)
				out.MakeThenGrow = append(out.MakeThenGrow, growCase{t, l, c, n, tr, nil})
			}
		}
		runtime.GC()
	}

	// 3. Append many at once.
	type start struct{ l, c int }
	manyTypes := []string{"byte", "int16", "int32", "int", "[3]byte", "[5]byte", "[12]byte", "[24]byte", "[100]byte",
		"[1000]byte", "[1500]byte", "[5000]byte", "*int", "string", "[]byte", "any", "struct{p *int; pad [16]byte}",
		"struct{a *int; b *int; c *int}", "struct{p *int; pad [505]byte}", "struct{p *int; pad [1000]byte}", "[64]*int", "struct{}"}
	starts := []start{{0, 0}, {0, 1}, {1, 1}, {3, 4}, {4, 4}, {5, 5}, {10, 10}, {0, 16}, {16, 16}, {100, 100},
		{255, 256}, {256, 256}, {300, 512}, {512, 512}, {1000, 1000}, {1000, 3000}, {4000, 4096}, {5000, 5000}}
	ks := []int{1, 2, 3, 5, 7, 10, 17, 100, 255, 600, 1000, 4097, 40000}
	// Single appends to an empty slice landing just around the malloc-header
	// threshold (512 B), size-class edges, the small/large limit (32760/32768 B)
	// and large objects (40000 B, 100000 B).
	boundaryBytes := []int{504, 512, 513, 520, 1016, 1024, 1032, 32752, 32760, 32761, 32768, 32769, 40000, 40960, 40961, 100000}
	for _, name := range manyTypes {
		t := byName(name)
		g := appendManyGroup{elemType: t, Spread: [][4]int{}, Variadic: [][4]int{}}
		seen := map[[3]int]bool{}
		addSpread := func(l, c, k int) {
			if l+k <= c || seen[[3]int{l, c, k}] {
				return // fits without growslice, or already measured
			}
			if uint64(c+l+k)*uint64(t.Size) > 64<<20 {
				return // keep the run small
			}
			seen[[3]int{l, c, k}] = true
			g.Spread = append(g.Spread, [4]int{l, c, k, t.spread(l, c, k)})
		}
		for _, st := range starts {
			for _, k := range ks {
				addSpread(st.l, st.c, k)
			}
			for _, k := range []int{1, 2, 3, 4, 5, 7} {
				if st.l+k > st.c {
					g.Variadic = append(g.Variadic, [4]int{st.l, st.c, k, t.variadic(st.l, st.c, k)})
				}
			}
		}
		if t.Size > 0 {
			for _, bytes := range boundaryBytes {
				k := bytes / int(t.Size)
				if k > 0 {
					addSpread(0, 0, k)
				}
				addSpread(0, 0, k+1)
			}
		}
		out.AppendMany = append(out.AppendMany, g)
		runtime.GC()
	}

	// 4. make([]T, l, c): cap and bytes allocated.
	for _, name := range []string{"byte", "int", "*int", "string", "[24]byte", "struct{p *int; pad [16]byte}", "[100]byte", "[1000]byte", "struct{p *int; pad [1000]byte}"} {
		t := byName(name)
		g := makeGroup{elemType: t}
		for _, c := range []int{1, 2, 3, 5, 7, 16, 17, 33, 64, 65, 100, 1000, 3000, 5000} {
			if uint64(c)*uint64(t.Size) > 8<<20 {
				continue
			}
			for _, l := range []int{0, c} {
				capOut, ab, mallocs := t.mk(l, c)
				g.Cases = append(g.Cases, [5]uint64{uint64(l), uint64(c), uint64(capOut), ab, mallocs})
			}
		}
		out.Make = append(out.Make, g)
	}

	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
