package main

import (
	"fmt"
	"strconv"
)

// hits counts requests per user and day, keyed "u<user>:d<day>".
var hits = map[string]int{"u1234:d56": 7}

// lookup reads one counter. It runs on every request.
func lookup(user, day int) int {
	var buf [32]byte
	b := append(buf[:0], 'u')
	b = strconv.AppendInt(b, int64(user), 10)
	b = append(b, ':', 'd')
	b = strconv.AppendInt(b, int64(day), 10)
	return hits[string(b)]
}

func main() {
	fmt.Println("counters:", len(hits))
	fmt.Println("u1234 on day 56:", lookup(1234, 56))
}
