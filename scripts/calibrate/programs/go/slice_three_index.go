// Re-slicing shares the backing array: appending to a short slice of a
// longer one overwrites the longer one's elements while there is spare
// capacity. A 3-index slice a[lo:hi:max] limits the capacity, so the next
// append must copy into a new array and the original stays untouched.
package main

import "fmt"

func main() {
	a := make([]int, 5, 10)
	for i := range 5 {
		a[i] = i + 1
	}
	b := a[0:2]
	b = append(b, 99)
	fmt.Println("a after append to a[0:2]:", a, "len", len(b), "cap", cap(b))

	c := a[0:2:2]
	c = append(c, 77)
	fmt.Println("a after append to a[0:2:2]:", a)
	fmt.Println("c:", c, "len", len(c), "cap", cap(c))

	d := a[3:]
	fmt.Println("a[3:] len", len(d), "cap", cap(d))
	d[0] = 40
	fmt.Println("a after d[0] = 40:", a)
}
