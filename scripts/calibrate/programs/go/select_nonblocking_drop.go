// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// select with default never blocks: a producer drops events when the bounded queue (a buffered
// channel of 4) is full instead of growing memory. A second select takes whichever channel is
// ready; with both ready the runtime picks at random, so this program makes only one ready at a
// time.
package main

import "fmt"

func main() {
	queue := make(chan [64]byte, 4)
	dropped := 0
	var ev [64]byte
	for i := 0; i < 10; i++ {
		ev[0] = byte(i)
		select {
		case queue <- ev:
		default:
			dropped++
		}
	}
	fmt.Println("queued", len(queue), "dropped", dropped)
	quit := make(chan struct{})
	data := make(chan int, 1)
	data <- 7
	for i := 0; i < 2; i++ {
		select {
		case v := <-data:
			fmt.Println("data", v)
			close(quit)
		case <-quit:
			fmt.Println("quit")
		}
	}
}
