import { describe, expect, it } from 'vitest';
import { checkGo, runGo } from '@/lib/go/interp';

// Learners comment their code everywhere; Go treats every comment as white space (a one-line
// /* comment */ at a line end still lets the newline end the statement).
const src = `package main // the package

import (
	"fmt" // printing
	"strings" /* builders */
)

// Point is a point.
type Point struct {
	X int // x
	Y int /* y */
}

const k = 3 // three

var g = []int{ // a slice
	1, // one
	2, /* two */
}

func add(a, b int) int { // adds
	return a + b // sum
}

func main() {
	x := 64 << 10 // a shift
	y := 1 /* block */
	p := Point{ // literal
		X: 1, // field
		Y: 2,
	}
	var sb strings.Builder // builder
	sb.WriteString("hi") // write
	for i := 0; i < k; i++ { // loop
		if i == 1 { // branch
			continue // skip
		} else { // other
			y += add(i, // first
				x) // second
		}
	}
	s := make([]int, 0, 4) /* prealloc */
	s = append(s, 1, // one
		2) // two
	fmt.Println(x, y, p.X+p.Y, sb.String(), len(g), s) // print
	/* trailing
	   block */
}
`;

describe('comments', () => {
  it('are accepted wherever Go accepts them', () => {
    expect(checkGo(src)).toEqual([]);
    const r = runGo(src);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('65536 131075 3 hi 2 [1 2]\n'); // what go1.23.5 prints for this program
  });

  it('do not hide a real syntax error after them', () => {
    const bad = 'package main\n\nfunc main() {\n\tx := 1 /* c */\n\ty := := 2\n\t_ = x\n\t_ = y\n}\n';
    expect(checkGo(bad).some((d) => d.line === 5 && /syntax error/.test(d.message))).toBe(true);
  });
});
