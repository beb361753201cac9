// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A small function that receives from a channel is inlined at each call like any other: next's
// body (a call, then a receive) is copied into main three times, and a buffered channel of ints
// hands back its values in order with no allocation beyond the hchan.
package main

import "fmt"

func base() int { return 10 }

func next(c chan int) int { return base() + <-c }

func main() {
	c := make(chan int, 4)
	c <- 1
	c <- 2
	c <- 3
	fmt.Println(next(c))
	fmt.Println(next(c))
	x := next(c)
	fmt.Println(x)
}
