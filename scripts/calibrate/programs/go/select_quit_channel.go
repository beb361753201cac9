// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// A select loop that stops on a quit channel: values sent as an interface (Shape) box a float64
// each, then the loop drains what is left in the buffered channel after quit closes.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func main() {
	shapes := make(chan Shape, 3)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			shapes <- Sq(i)
		}
		close(quit)
	}()
	sum := 0.0
	for {
		select {
		case s := <-shapes:
			sum += s.Area()
			continue
		case <-quit:
		}
		break
	}
	for len(shapes) > 0 {
		sum += (<-shapes).Area()
	}
	fmt.Println(sum)
}
