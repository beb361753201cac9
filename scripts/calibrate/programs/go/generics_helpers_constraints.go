// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Generic helpers: Sum over a union constraint (~int | ~int64 | ~float64, so named types like Celsius
// work), Filter with a callback (append grows from nil: 1, 2, 4 elements), a generic Pair type in a
// slice made once with its length. Type arguments are inferred from the arguments.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[N Number](xs []N) N {
	var t N
	for _, x := range xs {
		t += x
	}
	return t
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePairs[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	out := make([]Pair[K, V], len(ks))
	for i := range ks {
		out[i] = Pair[K, V]{ks[i], vs[i]}
	}
	return out
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]Celsius{1.5, 2.5}))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens, len(evens), cap(evens))
	fmt.Println(Keys(map[string]int{"a": 1, "b": 2}))
	ps := MakePairs([]string{"x", "y"}, []int{1, 2})
	fmt.Printf("%v %+v\n", ps, ps[1])
}
