// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Printing a multi-value call directly: fmt.Println(f()) stores each result in a compiler temporary
// and converts it to an interface; an int result is boxed (except 0..255), an error result is
// already an interface. A failed strconv.Atoi also allocates its *NumError and the input's copy.
package main

import (
	"fmt"
	"strconv"
)

func two() (int, string) { return 300, "x" }

func main() {
	fmt.Println(two())
	fmt.Println(strconv.Atoi("12"))
	fmt.Println(strconv.Atoi("x"))
}
