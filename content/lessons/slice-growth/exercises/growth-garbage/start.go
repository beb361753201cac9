package main

import "fmt"

// readings returns n simulated sensor readings.
func readings(n int) []int64 {
	out := make([]int64, 0, 1024) // a guess
	for i := 0; i < n; i++ {
		out = append(out, int64(i%1000)*3)
	}
	return out
}

func main() {
	r := readings(250_000)
	var sum int64
	for _, v := range r {
		sum += v
	}
	fmt.Println(len(r), sum)
}
