// calibrate: GOMAXPROCS=1
// calibrate: GOMAXPROCS=4 runs=5
// Embedding a pointer: several values share one embedded object. Promoted fields and methods go
// through the pointer (a nil embedded pointer would panic), the shared Config is allocated once
// and escapes because it is stored in values that are returned through pointers.
package main

import "fmt"

type Config struct {
	Verbose bool
	Level   int
}

func (c *Config) Bump() { c.Level++ }

type Worker struct {
	*Config
	ID int
}

func newWorker(c *Config, id int) *Worker {
	return &Worker{Config: c, ID: id}
}

func main() {
	cfg := &Config{Level: 1}
	ws := []*Worker{}
	for i := 0; i < 3; i++ {
		ws = append(ws, newWorker(cfg, i))
	}
	ws[0].Bump()
	ws[2].Level += 10
	for _, w := range ws {
		fmt.Println(w.ID, w.Level, w.Verbose, w.Config == cfg)
	}
}
