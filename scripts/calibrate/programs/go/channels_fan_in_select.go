// Fan-in with select: two generator goroutines feed one channel; a closed input is set to nil so its
// case never fires again. The generators' closures and the variables a and b they share escape.
package main

import (
	"fmt"

)

func gen(prefix string, n int) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s-%d", prefix, i)
		}
		close(out)
	}()
	return out
}

func merge(a, b <-chan string) <-chan string {
	out := make(chan string, 4)
	go func() {
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	var all []string
	for v := range merge(gen("x", 3), gen("y", 3)) {
		all = append(all, v)
	}
	fmt.Println(len(all), all[0][:1])
}
