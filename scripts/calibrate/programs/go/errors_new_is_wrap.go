// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// errors.New allocates one *errorString (16 bytes) each time it is called, so sentinel errors are
// package-level variables made once. fmt.Errorf with %w wraps an error in a *fmt.wrapError (its
// message formatted into a new string); errors.Is and errors.Unwrap walk the chain without
// allocating, and comparing errors with == compares the pointers.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrEmpty = errors.New("empty key")

func lookup(keys []string, k string) (int, error) {
	if k == "" {
		return -1, ErrEmpty
	}
	for i, x := range keys {
		if x == k {
			return i, nil
		}
	}
	return -1, fmt.Errorf("lookup %q: %w", k, ErrNotFound)
}

func load(keys []string, k string) error {
	_, err := lookup(keys, k)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

func main() {
	keys := []string{"a", "b", "c"}
	i, err := lookup(keys, "b")
	fmt.Println(i, err)
	_, err = lookup(keys, "zz")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound, errors.Is(err, ErrEmpty))
	err = load(keys, "q")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) != nil, errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	err = load(keys, "")
	fmt.Println(err, errors.Is(err, ErrEmpty))
	fails := 0
	for n := 0; n < 100; n++ {
		if load(keys, "c") == nil {
			fails++
		}
	}
	fmt.Println(fails)
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2))
	v := fmt.Errorf("plain %v", e1)
	fmt.Println(v, errors.Unwrap(v) == nil)
}
