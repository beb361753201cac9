// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// An unbuffered channel is a rendezvous: each send waits for a receiver. Two goroutines pass a
// counter back and forth; a blocked goroutine parks on a sudog (96 bytes, cached per P after the
// first ones), so the steady state allocates nothing.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		n, ok := <-in
		if !ok {
			done <- name
			return
		}
		if n >= 10 {
			close(out)
			done <- name
			return
		}
		fmt.Println(name, n)
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan string, 2)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	fmt.Println(<-done, "stopped first")
	fmt.Println(<-done, "stopped second")
}
