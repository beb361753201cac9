// Command maps measures what Go 1.23's bucket maps (runtime/map.go) allocate:
// MemStats.Mallocs and TotalAlloc deltas around each phase of each case (make,
// inserts, deletes, clear, range, churn, map literals), every case on a fresh
// map, heap maps (assigned to a global) and stack maps (hmap and first bucket
// on the stack), and the bucket layout the compiler chose (read from the map's
// type descriptor). Prints JSON on stdout.
//
// Overflow buckets depend on the per-map random hash seed, so the parent
// process runs itself `-runs` times (`-child`) and reports per phase the
// min/median/max over the runs. GC is off inside a child (runtime.GC between
// cases), so a collection never allocates inside a window. Run with
// GOMAXPROCS=1 (go-maps.sh does).
package main

import (
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"unsafe"

	"heaplab/calibrate/internal/typeinfo"
)

// sink makes the heap maps escape; rangeSum keeps range loops and stack maps used.
var (
	sink     any
	rangeSum int
)

// abiType and abiMapType mirror internal/abi.Type and abi.MapType (go1.23.5)
// up to the fields read here.
type abiType struct {
	Size_       uintptr
	PtrBytes    uintptr
	Hash        uint32
	TFlag       uint8
	Align_      uint8
	FieldAlign_ uint8
	Kind_       uint8
	Equal       func(unsafe.Pointer, unsafe.Pointer) bool
	GCData      *byte
	Str         int32
	PtrToThis   int32
}

type abiMapType struct {
	abiType
	Key, Elem, Bucket *abiType
	Hasher            func(unsafe.Pointer, uintptr) uintptr
	KeySize           uint8
	ValueSize         uint8
	BucketSize        uint16
	Flags             uint32
}

// mapTypeOf returns the type descriptor of the map type in m (the eface's type word).
func mapTypeOf(m any) *abiMapType {
	return (*abiMapType)((*[2]unsafe.Pointer)(unsafe.Pointer(&m))[0])
}

type layout struct {
	Type        string  `json:"type"`
	Size        uintptr `json:"size"`
	Align       uintptr `json:"align"`
	HasPointers bool    `json:"hasPointers"`
}

// mapKind is one map type of the grid and what the runtime says about its buckets.
type mapKind struct {
	Map  string `json:"map"`
	Key  layout `json:"key"`
	Elem layout `json:"elem"`
	// Keys says how key i is built (hmap.test.ts builds the same bytes):
	// "int" i; "key%d" the string "key"+i; "le64/N" [N]byte with i little-endian
	// in bytes 0..7; "i32pair" struct{a, b int32}{int32(i), 1}; "" for the
	// layout-only types.
	Keys              string `json:"keys"`
	KeySlot           int    `json:"keySlot"`
	ElemSlot          int    `json:"elemSlot"`
	BucketSize        int    `json:"bucketSize"`
	BucketHasPointers bool   `json:"bucketHasPointers"`
	IndirectKey       bool   `json:"indirectKey"`
	IndirectElem      bool   `json:"indirectElem"`

	run func(c *mapCase) [][2]uint64
}

// op is one measured phase, marshalled as a JSON array:
// ["make", hint] (hint -1: make(map[K]V) without one), ["insert", from, to],
// ["delete", from, to] (keys[from:to]), ["clear"], ["range"],
// ["churn", n, count] (count times: delete key j, insert key n+j),
// ["literal", entries] (a map literal of keys 0..entries-1; see literal cases).
type op struct {
	Kind string
	A, B int
}

func (o op) MarshalJSON() ([]byte, error) {
	switch o.Kind {
	case "clear", "range":
		return json.Marshal([]any{o.Kind})
	case "make", "literal":
		return json.Marshal([]any{o.Kind, o.A})
	}
	return json.Marshal([]any{o.Kind, o.A, o.B})
}

type mapCase struct {
	Name    string `json:"name"`
	Map     string `json:"map"`
	Escapes bool   `json:"escapes"`
	Ops     []op   `json:"ops"`
	kind    *mapKind
	lit     func() // literal cases: the whole measured phase
}

func (c *mapCase) keyCount() int {
	n := 0
	for _, o := range c.Ops {
		switch o.Kind {
		case "insert", "delete":
			n = max(n, o.B)
		case "churn":
			n = max(n, o.A+o.B)
		}
	}
	return n
}

func memStats() (mallocs, totalAlloc uint64) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs, m.TotalAlloc
}

func apply[K comparable, V any](m map[K]V, o op, keys []K, val V) {
	switch o.Kind {
	case "insert":
		for _, k := range keys[o.A:o.B] {
			m[k] = val
		}
	case "delete":
		for _, k := range keys[o.A:o.B] {
			delete(m, k)
		}
	case "clear":
		clear(m)
	case "range":
		for range m {
			rangeSum++
		}
	case "churn":
		for j := 0; j < o.B; j++ {
			delete(m, keys[j])
			m[keys[o.A+j]] = val
		}
	default:
		panic("bad op " + o.Kind)
	}
}

// runHeap: the map escapes (sink), so makemap/makemap_small allocate the hmap.
func runHeap[K comparable, V any](c *mapCase, keys []K, val V) [][2]uint64 {
	out := make([][2]uint64, 0, len(c.Ops))
	hint := c.Ops[0].A
	runtime.GC()
	m0, b0 := memStats()
	var m map[K]V
	if hint < 0 {
		m = make(map[K]V) // escape: heap
	} else {
		m = make(map[K]V, hint) // escape: heap
	}
	sink = m
	m1, b1 := memStats()
	out = append(out, [2]uint64{m1 - m0, b1 - b0})
	for _, o := range c.Ops[1:] {
		m0, b0 := memStats()
		apply(m, o, keys, val)
		m1, b1 := memStats()
		out = append(out, [2]uint64{m1 - m0, b1 - b0})
	}
	sink = nil
	return out
}

// runStack: the map does not escape: hmap on the stack, and with hint <= 8 its
// first bucket too (walk.walkMakeMap).
func runStack[K comparable, V any](c *mapCase, keys []K, val V) [][2]uint64 {
	out := make([][2]uint64, 0, len(c.Ops))
	hint := c.Ops[0].A
	runtime.GC()
	m0, b0 := memStats()
	var m map[K]V
	if hint < 0 {
		m = make(map[K]V) // escape: stack
	} else {
		m = make(map[K]V, hint) // escape: stack
	}
	m1, b1 := memStats()
	out = append(out, [2]uint64{m1 - m0, b1 - b0})
	for _, o := range c.Ops[1:] {
		m0, b0 := memStats()
		apply(m, o, keys, val)
		m1, b1 := memStats()
		out = append(out, [2]uint64{m1 - m0, b1 - b0})
	}
	rangeSum += len(m)
	return out
}

// reg registers map[K]V; keyName and elemName are K and V as parseGoType spells them.
func reg[K comparable, V any](keyName, elemName, keysRule string, key func(i int) K, val V) *mapKind {
	var m map[K]V
	t := reflect.TypeOf(m)
	typeinfo.MustMatch(keyName, t.Key())
	typeinfo.MustMatch(elemName, t.Elem())
	name := "map[" + keyName + "]" + elemName
	mt := mapTypeOf(m)
	if mt.Size_ != 8 || mt.Kind_&0x1f != uint8(reflect.Map) || mt.Key.Size_ != t.Key().Size() || mt.Elem.Size_ != t.Elem().Size() {
		panic("abiMapType does not match this toolchain's internal/abi.MapType: " + name)
	}
	lay := func(name string, t reflect.Type) layout {
		return layout{name, t.Size(), uintptr(t.Align()), typeinfo.HasPointers(t)}
	}
	k := &mapKind{
		Map: name, Key: lay(keyName, t.Key()), Elem: lay(elemName, t.Elem()), Keys: keysRule,
		KeySlot: int(mt.KeySize), ElemSlot: int(mt.ValueSize), BucketSize: int(mt.BucketSize),
		BucketHasPointers: mt.Bucket.PtrBytes != 0,
		IndirectKey:       mt.Flags&1 != 0, IndirectElem: mt.Flags&2 != 0,
	}
	k.run = func(c *mapCase) [][2]uint64 {
		keys := make([]K, c.keyCount())
		for i := range keys {
			keys[i] = key(i)
		}
		if c.Escapes {
			return runHeap(c, keys, val)
		}
		return runStack(c, keys, val)
	}
	return k
}

func le64x16(i int) (a [16]byte) {
	binary.LittleEndian.PutUint64(a[:8], uint64(i))
	return a
}

func le64x129(i int) (a [129]byte) {
	binary.LittleEndian.PutUint64(a[:8], uint64(i))
	return a
}

type i32pair = struct{ a, b int32 }

func strKey(i int) string { return "key" + strconv.Itoa(i) }
func intKey(i int) int    { return i }

var kinds = []*mapKind{
	reg("int", "int", "int", intKey, 0),
	reg("int64", "struct{a int64; b int64; c int64}", "int", func(i int) int64 { return int64(i) },
		struct{ a, b, c int64 }{}),
	reg("string", "int", "key%d", strKey, 1),
	reg("string", "[]byte", "key%d", strKey, make([]byte, 4)),
	reg("int", "[200]byte", "int", intKey, [200]byte{}),
	reg("[16]byte", "int", "le64/16", le64x16, 1),
	reg("struct{a int32; b int32}", "bool", "i32pair", func(i int) i32pair { return i32pair{int32(i), 1} }, true),
	reg("int", "*struct{a int; b int}", "int", intKey, &struct{ a, b int }{}),
	reg("[129]byte", "int", "le64/129", le64x129, 1),
}

// layoutKinds only report their bucket layout (no cases): padding, zero-size
// and indirect keys and elems around the 128-byte limit.
var layoutKinds = []*mapKind{
	reg("int8", "int64", "", func(int) int8 { return 0 }, int64(0)),
	reg("int32", "int8", "", func(int) int32 { return 0 }, int8(0)),
	reg("[3]byte", "uint16", "", func(int) [3]byte { return [3]byte{} }, uint16(0)),
	reg("struct{}", "struct{}", "", func(int) struct{} { return struct{}{} }, struct{}{}),
	reg("bool", "complex128", "", func(int) bool { return false }, complex128(0)),
	reg("[128]byte", "[128]byte", "", func(int) [128]byte { return [128]byte{} }, [128]byte{}),
	reg("int", "[129]byte", "", intKey, [129]byte{}),
	reg("[200]byte", "[300]*int", "", func(int) [200]byte { return [200]byte{} }, [300]*int{}),
	reg("string", "any", "", strKey, any(nil)),
	reg("float64", "[0]*int", "", func(int) float64 { return 0 }, [0]*int{}),
}

func kindByName(name string) *mapKind {
	for _, k := range kinds {
		if k.Map == name {
			return k
		}
	}
	panic("no map kind " + name)
}

// Literal cases: keys "key0".., values 0.. (walk.maplit: make(map, entries)
// then one assignment per entry; above 25 entries the entries come from static
// arrays in a loop; dynamic entries are assigned after and counted in the hint).
func lit3Heap() { sink = map[string]int{"key0": 0, "key1": 1, "key2": 2} } // escape: heap
func lit3Stack() {
	m := map[string]int{"key0": 0, "key1": 1, "key2": 2} // escape: stack
	rangeSum += len(m)
}
func lit9Heap() {
	sink = map[string]int{ // escape: heap
		"key0": 0, "key1": 1, "key2": 2, "key3": 3, "key4": 4, "key5": 5, "key6": 6, "key7": 7,
		"key8": 8}
}

var dynKeys = []string{"key0", "key1", "key2", "key3", "key4", "key5", "key6", "key7", "key8"}

func lit9Dynamic() {
	k := dynKeys
	sink = map[string]int{ // escape: heap
		k[0]: 0, k[1]: 1, k[2]: 2, k[3]: 3, k[4]: 4, k[5]: 5, k[6]: 6, k[7]: 7, k[8]: 8}
}
func lit30Heap() {
	sink = map[string]int{ // escape: heap
		"key0": 0, "key1": 1, "key2": 2, "key3": 3, "key4": 4, "key5": 5, "key6": 6, "key7": 7,
		"key8": 8, "key9": 9, "key10": 10, "key11": 11, "key12": 12, "key13": 13, "key14": 14, "key15": 15,
		"key16": 16, "key17": 17, "key18": 18, "key19": 19, "key20": 20, "key21": 21, "key22": 22, "key23": 23,
		"key24": 24, "key25": 25, "key26": 26, "key27": 27, "key28": 28, "key29": 29}
}

func buildCases() []*mapCase {
	var cs []*mapCase
	add := func(kind string, escapes bool, name string, ops ...op) {
		cs = append(cs, &mapCase{Name: name, Map: kind, Escapes: escapes, Ops: ops, kind: kindByName(kind)})
	}
	mk := func(hint int) op { return op{"make", hint, 0} }
	ins := func(a, b int) op { return op{"insert", a, b} }
	del := func(a, b int) op { return op{"delete", a, b} }
	ns := []int{0, 1, 8, 9, 13, 14, 100, 1000, 10000, 100000}
	for _, k := range kinds {
		for _, n := range ns {
			add(k.Map, true, fmt.Sprintf("fill %d", n), mk(-1), ins(0, n))
			add(k.Map, true, fmt.Sprintf("fill %d, hint %d", n, n), mk(n), ins(0, n))
		}
		for _, n := range []int{14, 100, 1000, 10000, 100000} {
			add(k.Map, true, fmt.Sprintf("fill %d, delete half, re-insert", n), mk(-1), ins(0, n), del(0, n/2), ins(0, n/2))
		}
		for _, n := range []int{9, 100, 1000, 10000} {
			add(k.Map, true, fmt.Sprintf("fill %d, clear, refill", n), mk(-1), ins(0, n), op{Kind: "clear"}, ins(0, n))
		}
	}
	// Hints that do not match the final size (around the B boundaries too).
	for _, hn := range [][2]int{{8, 100}, {9, 8}, {52, 53}, {53, 52}, {104, 105}, {100, 1000}, {1000, 100}, {100000, 10}, {-1, 53}} {
		for _, kind := range []string{"map[int]int", "map[string]int"} {
			add(kind, true, fmt.Sprintf("fill %d, hint %d", hn[1], hn[0]), mk(hn[0]), ins(0, hn[1]))
		}
	}
	// clear on a big map, clear of an empty map, delete everything then insert.
	add("map[int]int", true, "fill 100000, clear, refill", mk(-1), ins(0, 100000), op{Kind: "clear"}, ins(0, 100000))
	add("map[string]int", true, "fill 100, clear, clear, fill 1000", mk(-1), ins(0, 100), op{Kind: "clear"}, op{Kind: "clear"}, ins(0, 1000))
	add("map[int]int", true, "fill 1000, delete all, fill 1000", mk(-1), ins(0, 1000), del(0, 1000), ins(0, 1000))
	// Maps that stay on the stack.
	for _, kind := range []string{"map[int]int", "map[string]int", "map[int][200]byte"} {
		for _, n := range []int{0, 1, 8, 9, 100} {
			add(kind, false, fmt.Sprintf("stack: fill %d", n), mk(-1), ins(0, n))
			add(kind, false, fmt.Sprintf("stack: fill %d, hint %d", n, n), mk(n), ins(0, n))
		}
		add(kind, false, "stack: fill 8, clear, refill", mk(-1), ins(0, 8), op{Kind: "clear"}, ins(0, 8))
	}
	// range: mapiterinit creates the overflow slice of pointer-free buckets.
	for _, kind := range []string{"map[int]int", "map[[16]byte]int", "map[string]int"} {
		for _, n := range []int{0, 8, 100} {
			add(kind, true, fmt.Sprintf("fill %d, range, fill %d", n, 2*n+20), mk(-1), ins(0, n), op{Kind: "range"}, ins(n, 2*n+20))
		}
	}
	// Churn: constant size, new keys: overflow buckets pile up, same-size growth.
	add("map[int]int", true, "fill 1000, churn 20000", mk(-1), ins(0, 1000), op{"churn", 1000, 20000})
	add("map[int]int", true, "fill 100, churn 5000", mk(-1), ins(0, 100), op{"churn", 100, 5000})
	add("map[string]int", true, "fill 100, churn 5000", mk(-1), ins(0, 100), op{"churn", 100, 5000})
	add("map[int][200]byte", true, "fill 100, churn 2000", mk(-1), ins(0, 100), op{"churn", 100, 2000})
	add("map[[16]byte]int", true, "fill 500, churn 10000", mk(-1), ins(0, 500), op{"churn", 500, 10000})

	lit := func(name string, escapes bool, entries int, f func()) {
		cs = append(cs, &mapCase{Name: name, Map: "map[string]int", Escapes: escapes, Ops: []op{{"literal", entries, 0}}, lit: f})
	}
	lit("literal 3", true, 3, lit3Heap)
	lit("stack: literal 3", false, 3, lit3Stack)
	lit("literal 9", true, 9, lit9Heap)
	lit("literal 9, dynamic keys", true, 9, lit9Dynamic)
	lit("literal 30", true, 30, lit30Heap)
	return cs
}

func runLiteral(f func()) [][2]uint64 {
	runtime.GC()
	m0, b0 := memStats()
	f()
	m1, b1 := memStats()
	sink = nil
	return [][2]uint64{{m1 - m0, b1 - b0}}
}

type stat [3]uint64 // min, median, max

type phase struct {
	Op      op   `json:"op"`
	Mallocs stat `json:"mallocs"`
	Bytes   stat `json:"bytes"`
}

type caseOut struct {
	Name    string  `json:"name"`
	Map     string  `json:"map"`
	Escapes bool    `json:"escapes"`
	Phases  []phase `json:"phases"`
}

type output struct {
	GOOS       string     `json:"goos"`
	GOARCH     string     `json:"goarch"`
	GoVersion  string     `json:"goVersion"`
	GOMAXPROCS int        `json:"gomaxprocs"`
	Runs       int        `json:"runs"`
	Stat       []string   `json:"stat"`
	Types      []*mapKind `json:"types"`
	Cases      []caseOut  `json:"cases"`
}

func child(cases []*mapCase) {
	debug.SetGCPercent(-1)
	res := make([][][2]uint64, len(cases))
	for i, c := range cases {
		if c.lit != nil {
			res[i] = runLiteral(c.lit)
		} else {
			res[i] = c.kind.run(c)
		}
	}
	if err := json.NewEncoder(os.Stdout).Encode(res); err != nil {
		panic(err)
	}
}

func median(xs []uint64) stat {
	s := slices.Clone(xs)
	slices.Sort(s)
	return stat{s[0], s[len(s)/2], s[len(s)-1]}
}

func main() {
	isChild := flag.Bool("child", false, "run the cases once and print raw [case][phase][mallocs, bytes]")
	runs := flag.Int("runs", 25, "processes to run (odd)")
	flag.Parse()
	cases := buildCases()
	if *isChild {
		child(cases)
		return
	}
	if *runs < 1 || *runs%2 == 0 {
		panic("-runs must be odd")
	}
	var all [][][][2]uint64 // [run][case][phase]
	for r := 0; r < *runs; r++ {
		cmd := exec.Command(os.Args[0], "-child")
		cmd.Stderr = os.Stderr
		b, err := cmd.Output()
		if err != nil {
			panic(err)
		}
		var res [][][2]uint64
		if err := json.Unmarshal(b, &res); err != nil {
			panic(err)
		}
		all = append(all, res)
	}
	out := output{GOOS: runtime.GOOS, GOARCH: runtime.GOARCH, GoVersion: runtime.Version(), GOMAXPROCS: runtime.GOMAXPROCS(0),
		Runs: *runs, Stat: []string{"min", "median", "max"}, Types: append(slices.Clone(kinds), layoutKinds...)}
	for i, c := range cases {
		co := caseOut{Name: c.Name, Map: c.Map, Escapes: c.Escapes}
		for p, o := range c.Ops {
			var ms, bs []uint64
			for _, res := range all {
				ms = append(ms, res[i][p][0])
				bs = append(bs, res[i][p][1])
			}
			co.Phases = append(co.Phases, phase{o, median(ms), median(bs)})
		}
		out.Cases = append(out.Cases, co)
	}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
