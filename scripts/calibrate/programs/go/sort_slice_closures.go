// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// sort.Slice takes the slice as an `any` (boxing its header) and builds a swapper with reflect:
// a few allocations per call, whatever the length. The less function is the program's closure,
// called back by the sorting code. sort.Ints and sort.Strings go through slices.Sort and do not
// allocate; sort.Search is a binary search over a predicate.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Ann", 31}, {"Bob", 25}, {"Cid", 31}, {"Dee", 19}, {"Eve", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people[0].Name, people[4].Age)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs)
	names := []string{"pear", "apple", "fig"}
	sort.Strings(names)
	fmt.Println(names)
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 8 })
	fmt.Println(i, xs[i])
	nums := make([]int, 200)
	for k := range nums {
		nums[k] = (k * 7919) % 200
	}
	for r := 0; r < 10; r++ {
		sort.Slice(nums, func(a, b int) bool { return nums[a] > nums[b] })
	}
	fmt.Println(nums[0], nums[199])
}
