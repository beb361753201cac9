// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A deferred function that recovers and panics again: Go prints the first panic marked
// [recovered], then the new one, and exits with status 2. Deferred calls still run in order
// (LIFO) while the panic unwinds main.
package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
	fmt.Println("done", name)
}

func work(items []string) {
	defer cleanup("work")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("work failed:", r)
			panic(fmt.Sprint("giving up after ", r))
		}
	}()
	for i := 0; i <= len(items); i++ {
		fmt.Println("item", items[i])
	}
}

func main() {
	defer cleanup("main")
	work([]string{"a", "b"})
}
