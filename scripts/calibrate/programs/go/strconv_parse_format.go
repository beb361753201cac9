// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// strconv converts without fmt: Atoi and ParseInt do not allocate on success, but a failure
// returns a *NumError (and copies the input into it); FormatInt and Itoa allocate the digits
// (0..99 come from a static table), AppendInt writes into a buffer the program reuses.
// FormatFloat and Quote allocate the result string.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("1234")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f*2, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(1<<40, 10), strconv.FormatInt(42, 2))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.5, 'f', -1, 64))
	fmt.Println(strconv.Quote("tab\there \"q\""))
	buf := make([]byte, 0, 64)
	for i := 95; i < 105; i++ {
		buf = strconv.AppendInt(buf, int64(i), 10)
		buf = append(buf, ' ')
	}
	fmt.Println(string(buf))
	sum := 0
	for i := 0; i < 100; i++ {
		k, err := strconv.Atoi(strconv.Itoa(i * 7))
		if err == nil {
			sum += k
		}
	}
	fmt.Println(sum)
}
