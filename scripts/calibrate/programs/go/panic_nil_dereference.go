// Reading a field through a nil pointer: the hardware fault becomes the
// panic "runtime error: invalid memory address or nil pointer dereference"
// (exit status 2).
package main

import "fmt"

type Config struct {
	name  string
	limit int
}

func find(configs []*Config, name string) *Config {
	for _, c := range configs {
		if c.name == name {
			return c
		}
	}
	return nil
}

func main() {
	configs := []*Config{&Config{name: "a", limit: 1}, &Config{name: "b", limit: 2}}
	c := find(configs, "b")
	fmt.Println("b limit", c.limit)
	c = find(configs, "z")
	fmt.Println("z limit", c.limit)
}
