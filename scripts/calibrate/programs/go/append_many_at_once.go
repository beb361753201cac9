// Appending several elements in one call is one growslice with
// newLen = len + k. If newLen is more than double the old capacity the new
// capacity starts from exactly newLen (then rounds up to a size class);
// otherwise the usual doubling applies.
package main

import "fmt"

func show(label string, s []int) {
	fmt.Printf("%s: len %d cap %d\n", label, len(s), cap(s))
}

func main() {
	var a []int
	a = append(a, 1, 2, 3, 4, 5)
	show("nil + 5 values", a)

	b := []int{1, 2, 3}
	show("literal of 3", b)
	b = append(b, 4)
	show("+1", b)
	b = append(b, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)
	show("+10", b)

	c := []int{1, 2, 3}
	t := make([]int, 100)
	c = append(c, t...)
	show("3 + 100 spread", c)
	c = append(c, t...)
	show("+100 spread", c)
	c = append(c, t[:5]...)
	show("+5 spread", c)

	var d []int
	d = append(d, t[:7]...)
	show("nil + 7 spread", d)
}
