// Command layout prints size, alignment, pointer-ness and field offsets of
// Go types as JSON. Offsets come from reflect's StructField.Offset, which is
// unsafe.Offsetof; a few are cross-checked with unsafe.Offsetof below.
package main

import (
	"encoding/json"
	"os"
	"reflect"
	"unsafe"

	"heaplab/calibrate/internal/typeinfo"
)

type layout struct {
	Type        string    `json:"type"`
	Size        uintptr   `json:"size"`
	Align       uintptr   `json:"align"`
	HasPointers bool      `json:"hasPointers"`
	Fields      []string  `json:"fields,omitempty"`  // struct field names, in declaration order
	Offsets     []uintptr `json:"offsets,omitempty"` // unsafe.Offsetof of each field
}

func reg[T any](name string) layout {
	var z T
	t := reflect.TypeOf((*T)(nil)).Elem()
	typeinfo.MustMatch(name, t)
	l := layout{Type: name, Size: unsafe.Sizeof(z), Align: unsafe.Alignof(z), HasPointers: typeinfo.HasPointers(t)}
	if t.Kind() == reflect.Struct {
		l.Fields = []string{}
		l.Offsets = []uintptr{}
		for i := 0; i < t.NumField(); i++ {
			l.Fields = append(l.Fields, t.Field(i).Name)
			l.Offsets = append(l.Offsets, t.Field(i).Offset)
		}
	}
	return l
}

type (
	sByteInt64Byte = struct {
		a byte
		b int64
		c byte
	}
	sByteByteInt64 = struct {
		a byte
		c byte
		b int64
	}
	sTrailingZero = struct {
		a int64
		z struct{}
	}
)

func main() {
	// Cross-check reflect offsets against unsafe.Offsetof.
	var x sByteInt64Byte
	var y sTrailingZero
	if unsafe.Offsetof(x.b) != 8 || unsafe.Offsetof(x.c) != 16 || unsafe.Offsetof(y.z) != 8 ||
		reflect.TypeOf(x).Field(2).Offset != unsafe.Offsetof(x.c) {
		panic("unsafe.Offsetof disagrees")
	}
	out := []layout{
		reg[sByteInt64Byte]("struct{a byte; b int64; c byte}"),
		reg[sByteByteInt64]("struct{a byte; c byte; b int64}"),
		reg[struct {
			a bool
			b int16
			c int32
		}]("struct{a bool; b int16; c int32}"),
		reg[struct {
			a uint8
			b uint16
			c uint32
			d uint64
		}]("struct{a uint8; b uint16; c uint32; d uint64}"),
		reg[struct {
			a int32
			b *int
		}]("struct{a int32; b *int}"),
		reg[struct {
			s string
			b bool
		}]("struct{s string; b bool}"),
		reg[struct {
			x []int
			y byte
		}]("struct{x []int; y byte}"),
		reg[struct {
			a [3]byte
			b int16
		}]("struct{a [3]byte; b int16}"),
		reg[struct {
			i any
			b byte
		}]("struct{i any; b byte}"),
		reg[struct {
			m map[int]int
			c chan int
			f func()
			x int8
		}]("struct{m map[int]int; c chan int; f func(); x int8}"),
		reg[struct {
			a complex128
			b byte
		}]("struct{a complex128; b byte}"),
		reg[struct {
			a float32
			b float64
			c float32
		}]("struct{a float32; b float64; c float32}"),
		reg[sTrailingZero]("struct{a int64; z struct{}}"),
		reg[struct {
			z struct{}
			a int64
		}]("struct{z struct{}; a int64}"),
		reg[struct {
			a byte
			z [0]int64
		}]("struct{a byte; z [0]int64}"),
		reg[struct {
			a byte
			b [0]*int
		}]("struct{a byte; b [0]*int}"),
		reg[struct {
			a byte
			s struct {
				x int16
				y byte
			}
			b byte
		}]("struct{a byte; s struct{x int16; y byte}; b byte}"),
		reg[struct {
			a byte
			b [2]int32
			c byte
		}]("struct{a byte; b [2]int32; c byte}"),
		reg[struct {
			p   *int
			pad [16]byte
		}]("struct{p *int; pad [16]byte}"),
		reg[struct {
			p   *int
			pad [1000]byte
		}]("struct{p *int; pad [1000]byte}"),
		reg[struct {
			a int8
			b int64
			c int8
			d int32
			e int16
		}]("struct{a int8; b int64; c int8; d int32; e int16}"),
		reg[struct{}]("struct{}"),
		reg[[3]struct {
			a int32
			b byte
		}]("[3]struct{a int32; b byte}"),
		reg[[0]int64]("[0]int64"),
		reg[[5]byte]("[5]byte"),
		reg[[4]*int]("[4]*int"),
		reg[[2]string]("[2]string"),
		reg[string]("string"),
		reg[[]int]("[]int"),
		reg[any]("any"),
		reg[map[string]int]("map[string]int"),
		reg[complex64]("complex64"),
		reg[uintptr]("uintptr"),
		reg[rune]("rune"),
	}
	if err := json.NewEncoder(os.Stdout).Encode(map[string]any{"layouts": out}); err != nil {
		panic(err)
	}
}
