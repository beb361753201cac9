// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// The math package's constants are untyped (math.MaxInt64 fits an int, math.MaxFloat64 a
// float64) and its functions work on float64 values: none of them allocate.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt64)
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3.5))
	fmt.Println(math.Pow(2, 10), math.Log2(1024), math.Inf(1), math.Inf(-1))
	fmt.Println(math.MaxFloat64, math.Min(3, 7), math.Max(3, 7))
	best := math.Inf(1)
	for _, v := range []float64{4.5, 2.25, 9} {
		best = math.Min(best, v)
	}
	fmt.Println(best, math.Sqrt(-1))
	var x int64 = math.MaxInt64
	fmt.Println(x, uint32(math.MaxUint32))
}
