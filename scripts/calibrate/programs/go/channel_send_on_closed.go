// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Closing a channel while another goroutine may still send on it panics the sender: "send on
// closed channel". Receivers, on the other hand, get the zero value and ok == false after close.
package main

import "fmt"

func main() {
	c := make(chan string, 1)
	c <- "last"
	close(c)
	for i := 0; i < 2; i++ {
		v, ok := <-c
		fmt.Printf("%q %v\n", v, ok)
	}
	c <- "too late"
}
