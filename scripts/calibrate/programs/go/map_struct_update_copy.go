// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A map of structs stores the struct values themselves: m[k] returns a copy,
// and m[k].f = v does not compile ("cannot assign to struct field m[k].f in
// map"). To change a field, copy the value out, change the copy and store it
// back; or keep pointers in the map (map[string]*T), whose targets each live
// in their own heap object.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	Ops     int
}

func main() {
	byName := map[string]Account{
		"ann": {Owner: "Ann", Balance: 100},
		"bob": {Owner: "Bob", Balance: 50},
	}
	for i := 0; i < 10; i++ {
		a := byName["ann"]
		a.Balance += 10
		a.Ops++
		byName["ann"] = a
	}
	b, ok := byName["bob"]
	fmt.Println(b.Owner, b.Balance, ok)
	_, ok = byName["carl"]
	fmt.Println("carl present:", ok)
	fmt.Println(byName["ann"])

	ptrs := map[string]*Account{}
	for _, name := range []string{"x", "y", "z"} {
		ptrs[name] = &Account{Owner: name}
	}
	for i := 0; i < 5; i++ {
		ptrs["y"].Balance += i
	}
	fmt.Println(ptrs["y"].Owner, ptrs["y"].Balance, len(ptrs))
}
