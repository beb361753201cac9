// joined writes n host names, comma-separated, into one string.
package main

import (
	"fmt"
	"strings"
)

var hosts = [4]string{"alpha.local", "bravo.local", "charlie.local", "delta.local"}

func joined(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(hosts[i%4])
	}
	return b.String()
}

func main() {
	s := joined(1000)
	fmt.Println(len(s), s[:24])
}
