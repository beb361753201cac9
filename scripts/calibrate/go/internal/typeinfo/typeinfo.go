// Package typeinfo holds the helpers shared by the calibration programs:
// pointer-ness of a type (by walking it with reflect) and a check that the
// hand-written Go type string names the same type that reflect sees.
package typeinfo

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
)

// HasPointers reports whether values of t contain pointers the GC must scan.
//
// Rule: pointers, unsafe.Pointer, maps, channels, funcs, slices, strings and
// interfaces hold pointers; bools, integers, floats and complex numbers do not;
// an array holds pointers iff its length is > 0 and its element does; a struct
// holds pointers iff one of its fields does. This is the runtime's
// `_type.PtrBytes != 0` (i.e. !noscan) for every type the fixtures use.
func HasPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return false
	case reflect.Array:
		return t.Len() > 0 && HasPointers(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if HasPointers(t.Field(i).Type) {
				return true
			}
		}
		return false
	case reflect.Pointer, reflect.UnsafePointer, reflect.Map, reflect.Chan, reflect.Func,
		reflect.Slice, reflect.String, reflect.Interface:
		return true
	}
	panic(fmt.Sprintf("HasPointers: unhandled kind %v", t.Kind()))
}

var (
	reByte = regexp.MustCompile(`\bbyte\b`)
	reRune = regexp.MustCompile(`\brune\b`)
	reAny  = regexp.MustCompile(`\bany\b`)
)

func normalize(s string) string {
	s = reByte.ReplaceAllString(s, "uint8")
	s = reRune.ReplaceAllString(s, "int32")
	s = reAny.ReplaceAllString(s, "interface{}")
	return strings.Join(strings.Fields(s), "")
}

// MustMatch panics unless the hand-written type string `name` (Go syntax,
// as the site's parseGoType accepts it) denotes reflect type t.
func MustMatch(name string, t reflect.Type) {
	if normalize(name) != normalize(t.String()) {
		panic(fmt.Sprintf("type string %q does not match reflect's %q", name, t.String()))
	}
}
