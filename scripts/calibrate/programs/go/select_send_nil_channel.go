// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A select that sends only when there is something to send: a nil channel's case is never ready, so
// setting sendCh to nil switches the send case off. The pending slice grows and is resliced, not copied.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int, 1)
	done := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		for v := range out {
			fmt.Println("consumed", v)
		}
		done <- true
	}()
	pending := []int{}
	for in != nil || len(pending) > 0 {
		var sendCh chan int
		var next int
		if len(pending) > 0 {
			sendCh = out
			next = pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				break
			}
			pending = append(pending, v*10)
		case sendCh <- next:
			pending = pending[1:]
		}
	}
	close(out)
	<-done
}
