// Goroutines report failures through a channel of results: each failing task allocates its *TaskErr
// (stored in an error interface, no extra box for a pointer), and fmt prints it with its Error method.
package main

import "fmt"

type result struct {
	id  int
	err error
}

type TaskErr struct{ id int }

func (e *TaskErr) Error() string { return fmt.Sprintf("task %d failed", e.id) }

func run(id int) error {
	if id%4 == 3 {
		return &TaskErr{id}
	}
	return nil
}

func main() {
	res := make(chan result)
	for i := 0; i < 8; i++ {
		go func(id int) { res <- result{id, run(id)} }(i)
	}
	failed := 0
	for i := 0; i < 8; i++ {
		r := <-res
		if r.err != nil {
			failed++
			fmt.Println(r.err)
		}
	}
	fmt.Println("failed:", failed)
}
