// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// defer runs calls when the function returns, last deferred first. The arguments are evaluated at
// the defer statement (i is copied then), a deferred closure sees variables as they are at the end
// and can change named results after `return` has set them. Defers outside loops are open-coded by
// the compiler: no allocation, and the deferred closure does not escape.
package main

import "fmt"

func trace(name string, step int) {
	fmt.Println("leave", name, step)
}

func count() (n int) {
	defer func() { n *= 10 }()
	for i := 1; i <= 3; i++ {
		n += i
	}
	return n + 1
}

func steps() {
	i := 1
	defer trace("steps", i)
	i++
	defer trace("steps", i)
	defer func() { fmt.Println("closure sees", i) }()
	i = 100
}

func main() {
	fmt.Println(count())
	steps()
	total := 0
	for k := 0; k < 1000; k++ {
		total += count()
	}
	fmt.Println(total)
}
