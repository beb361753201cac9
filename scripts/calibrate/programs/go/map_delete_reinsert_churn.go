// calibrate: runs=9
// Deleting from a map frees nothing: the entry's cell is marked empty and
// reused by a later insert into the same bucket. A map whose size stays
// bounded while keys come and go keeps its buckets, unless deletions leave
// so many overflow buckets that the runtime grows it "same size" to compact.
package main

import "fmt"

func main() {
	live := make(map[int]string)
	names := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	for i := 0; i < 3000; i++ {
		live[i] = names[i%8]
		if i >= 100 {
			delete(live, i-100)
		}
	}
	fmt.Println(len(live))
	_, gone := live[5]
	v, kept := live[2950]
	fmt.Println(gone, kept, v)
	delete(live, 123456)
	fmt.Println(len(live))
}
