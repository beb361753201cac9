package main

import "fmt"

// hits counts requests per user and day, keyed "u<user>:d<day>".
var hits = map[string]int{"u1234:d56": 7}

// lookup reads one counter. It runs on every request.
func lookup(user, day int) int {
	key := fmt.Sprintf("u%d:d%d", user, day)
	return hits[key]
}

func main() {
	fmt.Println("counters:", len(hits))
	fmt.Println("u1234 on day 56:", lookup(1234, 56))
}
