// qa
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	data := []int{1, 2, 3}
	wg.Add(1)
	go func() {
		fmt.Println("worker starts")
		idx := 5
		fmt.Println(data[idx])
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
