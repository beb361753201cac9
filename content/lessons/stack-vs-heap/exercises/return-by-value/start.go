package main

import "fmt"

// reading is one sensor sample.
type reading struct {
	id, raw, level int
	alarm          bool
}

// newReading builds a reading: it clamps the raw value to 0..1000, sorts it
// into a level from 0 to 3, raises the alarm at level 3 or on a bad id, and
// lowers the level of every 250th reading (a calibration sample).
func newReading(id, raw int) *reading {
	r := &reading{id: id, raw: raw}
	if r.raw < 0 {
		r.raw = 0
	}
	if r.raw > 1000 {
		r.raw = 1000
	}
	for _, limit := range []int{100, 500, 900} {
		if r.raw >= limit {
			r.level++
		}
	}
	if r.level == 3 || r.id < 0 {
		r.alarm = true
	}
	if r.alarm && r.raw < 900 {
		r.level = 3
	}
	if r.id%250 == 0 && r.level > 0 {
		r.level--
	}
	return r
}

func main() {
	// A service calls newReading once per sample, millions of times a day.
	r := newReading(7, 950)
	fmt.Println("level:", r.level, "alarm:", r.alarm)
}
