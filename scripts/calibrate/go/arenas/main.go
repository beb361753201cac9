//go:build goexperiment.arenas

// Go 1.23 user arenas (GOEXPERIMENT=arenas, runtime/arena.go): where each allocation lands (chunk and
// offset inside its 8 MiB chunk), which allocations go to the heap instead, and what NewArena, Free and
// a later NewArena do to MemStats. Run by arena.sh with GOGC=off (no GC but the explicit ones).
// lib/go/arena.ts is compared with the output in tests/unit/calibration/arena.test.ts.
package main

import (
	"arena"
	"encoding/json"
	"os"
	"runtime"
	"unsafe"
)

const chunkBytes = 8 << 20

type ptrObj struct { // 64 bytes, pointerful
	p   *int
	pad [7]int
}

type stats struct {
	HeapAlloc uint64 `json:"heapAlloc"`
	Mallocs   uint64 `json:"mallocs"`
	Frees     uint64 `json:"frees"`
	HeapInuse uint64 `json:"heapInuse"`
}

func read() stats {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return stats{m.HeapAlloc, m.Mallocs, m.Frees, m.HeapInuse}
}

func delta(a, b stats) map[string]int64 {
	return map[string]int64{
		"heapAlloc": int64(b.HeapAlloc) - int64(a.HeapAlloc),
		"mallocs":   int64(b.Mallocs) - int64(a.Mallocs),
		"frees":     int64(b.Frees) - int64(a.Frees),
		"heapInuse": int64(b.HeapInuse) - int64(a.HeapInuse),
	}
}

// placement tracks chunks by base address in order of first use.
type placement struct {
	bases []uintptr
}

// where returns [chunk index, offset] for an address inside an arena chunk, or [-1, 0] when the address is
// not in a chunk this arena used (a heap object).
func (pl *placement) where(p unsafe.Pointer, inArena bool) [2]int64 {
	if !inArena {
		return [2]int64{-1, 0}
	}
	a := uintptr(p)
	base := a &^ (chunkBytes - 1)
	for i, b := range pl.bases {
		if b == base {
			return [2]int64{int64(i), int64(a - base)}
		}
	}
	pl.bases = append(pl.bases, base)
	return [2]int64{int64(len(pl.bases) - 1), int64(a - base)}
}

type alloc struct {
	Size     int  `json:"size"`
	Pointers bool `json:"pointers"`
}

type placed struct {
	Size     int   `json:"size"`
	Pointers bool  `json:"pointers"`
	Chunk    int64 `json:"chunk"`
	Offset   int64 `json:"offset"`
	HeapGrow int64 `json:"heapAllocDelta"`
	Mallocs  int64 `json:"mallocsDelta"`
}

var sink []unsafe.Pointer

// allocOne allocates size bytes with MakeSlice: []byte (pointer-free) or []*int (pointerful, size/8 elements).
func allocOne(a *arena.Arena, size int, pointers bool) unsafe.Pointer {
	if pointers {
		s := arena.MakeSlice[*int](a, size/8, size/8)
		return unsafe.Pointer(unsafe.SliceData(s))
	}
	s := arena.MakeSlice[byte](a, size, size)
	return unsafe.Pointer(unsafe.SliceData(s))
}

func sequence(name string, seq []alloc) map[string]any {
	runtime.GC()
	before := read()
	a := arena.NewArena()
	afterNew := read()
	pl := &placement{}
	var out []placed
	for _, al := range seq {
		b := read()
		p := allocOne(a, al.Size, al.Pointers)
		d := read()
		sink = append(sink, p)
		// The runtime sends allocations over 2 MiB to the heap; tell them apart by HeapAlloc growing.
		grew := int64(d.HeapAlloc) - int64(b.HeapAlloc)
		inArena := grew < int64(al.Size) || grew >= chunkBytes/2
		w := pl.where(p, inArena)
		out = append(out, placed{al.Size, al.Pointers, w[0], w[1], grew, int64(d.Mallocs) - int64(b.Mallocs)})
	}
	beforeFree := read()
	a.Free()
	afterFree := read()
	sink = nil
	runtime.GC()
	afterGC := read()
	return map[string]any{
		"name":        name,
		"newArena":    delta(before, afterNew),
		"allocs":      out,
		"chunks":      len(pl.bases),
		"free":        delta(beforeFree, afterFree),
		"gcAfterFree": delta(afterFree, afterGC),
	}
}

// countPerChunk allocates n 64-byte pointerful objects with arena.New and counts objects per chunk.
func countPerChunk(n int) map[string]any {
	runtime.GC()
	before := read()
	a := arena.NewArena()
	pl := &placement{}
	counts := []int{}
	firstOffsets := []int64{}
	lastOffsets := []int64{}
	for i := 0; i < n; i++ {
		o := arena.New[ptrObj](a)
		w := pl.where(unsafe.Pointer(o), true)
		if int(w[0]) == len(counts) {
			counts = append(counts, 0)
			firstOffsets = append(firstOffsets, w[1])
			lastOffsets = append(lastOffsets, 0)
		}
		counts[w[0]]++
		lastOffsets[w[0]] = w[1]
	}
	after := read()
	a.Free()
	afterFree := read()
	runtime.GC()
	afterGC := read()
	// A new arena after the GC: the runtime reuses the chunk Free kept.
	b2 := read()
	a2 := arena.NewArena()
	o := arena.New[ptrObj](a2)
	a2new := read()
	pl2 := &placement{}
	w := pl2.where(unsafe.Pointer(o), true)
	a2.Free()
	return map[string]any{
		"objects":                n,
		"objectSize":             unsafe.Sizeof(ptrObj{}),
		"perChunk":               counts,
		"firstOffsets":           firstOffsets,
		"lastOffsets":            lastOffsets,
		"alloc":                  delta(before, after),
		"free":                   delta(after, afterFree),
		"gcAfterFree":            delta(afterFree, afterGC),
		"secondArena":            delta(b2, a2new),
		"secondArenaFirstOffset": w[1],
	}
}

func main() {
	res := map[string]any{
		"chunkBytes": chunkBytes,
		"ptrSize":    unsafe.Sizeof(uintptr(0)),
	}
	seqs := []map[string]any{}
	mixed := []alloc{}
	for _, s := range []int{8, 24, 64, 1000, 4096, 100000, 1 << 20, 2 << 20, 2<<20 + 8, 3 << 20} {
		mixed = append(mixed, alloc{s, true}, alloc{s, false})
	}
	seqs = append(seqs, sequence("mixed sizes, pointerful then pointer-free", mixed))
	mb := []alloc{}
	for i := 0; i < 20; i++ {
		mb = append(mb, alloc{1 << 20, i%2 == 0})
	}
	seqs = append(seqs, sequence("twenty 1 MiB slices, alternating", mb))
	odd := []alloc{}
	for i := 0; i < 40; i++ {
		odd = append(odd, alloc{[]int{8, 16, 40, 200, 520}[i%5], i%3 != 0})
	}
	seqs = append(seqs, sequence("small odd sizes", odd))
	res["sequences"] = seqs
	res["count"] = countPerChunk(300000)
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(res); err != nil {
		panic(err)
	}
}
